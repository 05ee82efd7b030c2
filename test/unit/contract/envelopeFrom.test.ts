import { envelopeSchema } from '@shared/contract/envelope';
import { envelopeFrom } from '@shared/contract/envelopeFrom';
import { ERROR_CODES } from '@shared/contract/errorCodes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** zod's answer for a body: the envelope it parses to, or null. */
const byZod = (body: unknown) => {
  const parsed = envelopeSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
};

/** Values that are almost envelopes: each field right, wrong or missing, with unknown keys around. */
const loose = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof(right, fc.anything(), fc.constant(undefined), fc.constant(null), fc.constant([]));

const params = loose(fc.dictionary(fc.string(), fc.jsonValue()));
const issue = fc.record(
  { path: loose(fc.string()), code: loose(fc.string()), message: loose(fc.string()), params, extra: fc.anything() },
  { requiredKeys: [] },
);
const rpcError = fc.record(
  {
    code: loose(fc.constantFrom(...ERROR_CODES, 'NOPE')),
    message: loose(fc.string()),
    params,
    issues: loose(fc.array(loose(issue), { maxLength: 3 })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.anything(),
  fc.record(
    { ok: loose(fc.boolean()), value: fc.anything(), error: loose(rpcError), extra: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.record({ ok: fc.constant(false), error: rpcError }),
);

describe('envelopeFrom', () => {
  it('answers as envelopeSchema does, for any body', () => {
    fc.assert(
      fc.property(body, (value) => {
        expect(envelopeFrom(value)).toEqual(byZod(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads success and error envelopes and drops unknown keys', () => {
    expect(envelopeFrom({ ok: true, value: { n: 1 }, extra: 1 })).toEqual({ ok: true, value: { n: 1 } });
    const error = {
      code: 'BAD_INPUT',
      message: 'Invalid input',
      params: { reason: 'x' },
      issues: [{ path: 'title', code: 'too_small', message: 'x', params: { minimum: 1 }, stray: true }],
    };
    expect(envelopeFrom({ ok: false, error })).toEqual({
      ok: false,
      error: { ...error, issues: [{ path: 'title', code: 'too_small', message: 'x', params: { minimum: 1 } }] },
    });
  });

  it('refuses what is not an envelope', () => {
    for (const value of [
      null,
      'ok',
      [],
      { ok: 'true' },
      { ok: false },
      { ok: false, error: { code: 'NOPE', message: 'x' } },
      { ok: false, error: { code: 'INTERNAL' } },
      { ok: false, error: { code: 'INTERNAL', message: 'x', params: [] } },
      { ok: false, error: { code: 'INTERNAL', message: 'x', issues: [{ path: 1, code: 'c', message: 'm' }] } },
    ])
      expect(envelopeFrom(value), JSON.stringify(value)).toBeNull();
  });
});
