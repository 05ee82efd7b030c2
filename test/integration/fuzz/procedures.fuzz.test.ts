import { contract, METHOD_NAMES, type MethodName } from '@shared/contract/contract';
import { envelopeSchema, type Envelope } from '@shared/contract/envelope';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHost, type HttpHost, TOKEN_HEADER } from '../../../src-main/host/createHttpHost';
import { createRendererFixture } from '../host/hostTestKit';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { hashDatabase } from './hashDatabase';
import { hostileInput, unknownMethod } from './hostileInput';

/**
 * Every procedure of the contract gets random and hostile inputs through `dispatch` and through
 * the HTTP host. Properties: only well-formed envelopes come back (never a throw, never a crash,
 * never an INTERNAL error: hostile input is the caller's fault), and a refused call changes
 * nothing in the database (a hash of every row of every table). `npm test` runs a few cases per
 * procedure; `npm run test:fuzz` runs many (FUZZ_RUNS per procedure, FUZZ_SEED to replay).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const TOKEN = 'fuzz-token';

let backend: TempBackend;
let host: HttpHost;
let calls = 0;
const started = Date.now();

beforeAll(async () => {
  backend = createTempBackend();
  host = await createHttpHost({
    backend: { dispatch: backend.dispatch, subscribe: (listener) => backend.events.subscribe(listener) },
    rendererDir: createRendererFixture().rendererDir,
    token: TOKEN,
    port: 0,
  });
});

afterAll(async () => {
  await host.close();
  backend.dispose();
  process.stdout.write(`fuzz: ${calls} calls over ${METHOD_NAMES.length} procedures in ${Date.now() - started} ms\n`);
});

const viaHttp = async (body: string): Promise<{ status: number; envelope: unknown }> => {
  const response = await fetch(new URL("/rpc", host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body,
  });
  return { status: response.status, envelope: await response.json() };
};

const viaDispatch = async (method: string, input: unknown): Promise<unknown> => backend.dispatch(method, input);

/** The envelope is well formed, and a refusal is never the core's own failure. */
const expectEnvelope = (value: unknown, method: string, input: unknown): Envelope<unknown> => {
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${method}: not an envelope: ${JSON.stringify(value)?.slice(0, 300)}`);
  const envelope = parsed.data as Envelope<unknown>;
  if (!envelope.ok && envelope.error.code === 'INTERNAL') {
    throw new Error(`${method}: INTERNAL for ${JSON.stringify(input)?.slice(0, 300)}: ${envelope.error.message}`);
  }
  return envelope;
};

/** One call by one route: the database is unchanged after a refusal or a query. */
const probe = async (method: string, input: unknown, route: 'dispatch' | 'http') => {
  const before = hashDatabase(backend.db.sqlite);
  calls += 1;
  const raw =
    route === 'dispatch'
      ? await viaDispatch(method, input)
      : (await viaHttp(JSON.stringify({ method, input: input ?? null }))).envelope;
  const envelope = expectEnvelope(raw, method, input);
  const isQuery = (contract as Record<string, { kind: string } | undefined>)[method]?.kind !== 'mutation';
  if (!envelope.ok || isQuery) expect(hashDatabase(backend.db.sqlite), `${method} changed the database`).toBe(before);
};

describe('every procedure, fuzzed', () => {
  it.each(METHOD_NAMES.map((method) => [method]))('%s: hostile inputs through dispatch and HTTP', async (method) => {
    await fc.assert(
      fc.asyncProperty(hostileInput(contract[method as MethodName].input), fc.constantFrom('dispatch', 'http'), (input, route) =>
        probe(method, input, route as 'dispatch' | 'http'),
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('unknown methods: UNKNOWN_METHOD, nothing changed', async () => {
    await fc.assert(
      fc.asyncProperty(unknownMethod.filter((name) => !Object.hasOwn(contract, name)), fc.anything({ maxDepth: 2 }), async (method, input) => {
        const before = hashDatabase(backend.db.sqlite);
        calls += 2;
        const direct = expectEnvelope(await viaDispatch(method, input), method, input);
        const overHttp = await viaHttp(JSON.stringify({ method, input: input ?? null }));
        const remote = method === '' ? overHttp.envelope : expectEnvelope(overHttp.envelope, method, input);
        expect(direct).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
        if (method !== '') expect(remote).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
        expect(hashDatabase(backend.db.sqlite)).toBe(before);
      }),
      { numRuns: RUNS * 10, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('malformed HTTP bodies: a BAD_INPUT envelope, nothing changed', async () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.constantFrom('', 'null', '[]', '{"method": 5}', '{"input": {}}', '{"method": "deals.create"', '['.repeat(100_000), `{"method":"${'x'.repeat(100_000)}"}`),
      fc.json().map((json) => `${json}}`),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const before = hashDatabase(backend.db.sqlite);
        calls += 1;
        const { status, envelope } = await viaHttp(body);
        expect(envelopeSchema.safeParse(envelope).success).toBe(true);
        expect((envelope as Envelope<unknown>).ok === false || status === 200).toBe(true);
        expect(hashDatabase(backend.db.sqlite)).toBe(before);
      }),
      { numRuns: RUNS * 10, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('is still alive and sound afterwards', async () => {
    expect(await backend.dispatch('app.info', {})).toMatchObject({ ok: true });
    expect(backend.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backend.db.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});
