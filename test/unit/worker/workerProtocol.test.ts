import { describe, expect, it } from 'vitest';
import { parseHostMessage, parseWorkerMessage, requestIdOf } from '../../../src-main/worker/workerProtocol';

describe('workerProtocol', () => {
  it('accepts well-formed host messages', () => {
    expect(parseHostMessage({ type: 'call', id: 1, method: 'app.info', input: {} })).toEqual({
      type: 'call',
      id: 1,
      method: 'app.info',
      input: {},
    });
    expect(parseHostMessage({ type: 'close' })).toEqual({ type: 'close' });
  });

  it.each([
    null,
    'call',
    42,
    {},
    { type: 'call' },
    { type: 'call', id: -1, method: 'x' },
    { type: 'call', id: 1 },
    { type: 'nope' },
  ])('rejects the malformed host message %j', (raw) => expect(parseHostMessage(raw)).toBeNull());

  it('finds the request id of a malformed call so it can still be answered', () => {
    expect(requestIdOf({ type: 'call', id: 7 })).toBe(7);
    expect(requestIdOf({ id: 'x' })).toBeNull();
    expect(requestIdOf(null)).toBeNull();
  });

  it('checks worker messages, envelopes and events included', () => {
    expect(parseWorkerMessage({ type: 'result', id: 1, envelope: { ok: true, value: 3 } })).not.toBeNull();
    expect(parseWorkerMessage({ type: 'event', event: { type: 'data.changed', tables: ['deals'] } })).not.toBeNull();
    expect(
      parseWorkerMessage({ type: 'result', id: 1, envelope: { ok: false, error: { code: 'WHAT', message: '' } } }),
    ).toBeNull();
    expect(parseWorkerMessage({ type: 'event', event: { type: 'data.changed', tables: ['nope'] } })).toBeNull();
    expect(parseWorkerMessage({ type: 'fatal', error: { code: 'CONFLICT', message: 'newer' } })).not.toBeNull();
  });
});
