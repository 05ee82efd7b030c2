import type { Client } from '@shared/contract/createClient';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract/contract';

/** A primed answer nobody asked for within this time is dropped (it may be stale by then). */
const PRIMED_TTL_MS = 5000;

const primed = new Map<string, Promise<unknown>>();

const keyOf = (method: MethodName, input: unknown): string => `${method}:${JSON.stringify(input)}`;

/**
 * Start-up requests sent before the views that need them have rendered: bootstrap primes the first
 * screen's calls as soon as the transport exists, all at once, and each view takes its answer
 * (once) instead of sending the same call again after its chunk loaded and rendered.
 */
export const primedCalls = {
  prime<M extends MethodName>(client: Client, method: M, input: MethodInput<M>): void {
    const key = keyOf(method, input);
    if (primed.has(key)) return;
    // The client's rest-parameter signature cannot be spread with a generic method name.
    const answer = (client.call as (method: MethodName, input: unknown) => Promise<unknown>)(method, input);
    // Nobody may take it: its failure is reported by the view's own call, not as unhandled.
    answer.catch(() => undefined);
    primed.set(key, answer);
    setTimeout(() => {
      if (primed.get(key) === answer) primed.delete(key);
    }, PRIMED_TTL_MS);
  },

  /** The primed answer for exactly this call, or null; each is handed out once. */
  take<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> | null {
    const key = keyOf(method, input);
    const answer = primed.get(key);
    if (!answer) return null;
    primed.delete(key);
    return answer as Promise<MethodOutput<M>>;
  },
};
