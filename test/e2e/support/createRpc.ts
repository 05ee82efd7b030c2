import type { MethodInput, MethodName, MethodOutput } from '@shared/contract/contract';
import type { Envelope } from '@shared/contract/envelope';

export type Rpc = <M extends MethodName>(method: M, input?: MethodInput<M>) => Promise<MethodOutput<M>>;

/**
 * Calls the host the way the page does (token from the served page, `POST /rpc`), so tests can
 * arrange data and check what the UI stored without clicking through every step.
 */
export const createRpc = async (baseUrl: string): Promise<Rpc> => {
  const page = await (await fetch(baseUrl)).text();
  const token = /<meta name="voronka-token" content="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('the host served index.html without a voronka-token meta tag');
  return async (method, input) => {
    const response = await fetch(new URL('rpc', baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Voronka-Token': token },
      body: JSON.stringify({ method, input: input ?? {} }),
    });
    const envelope = (await response.json()) as Envelope<never>;
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
};
