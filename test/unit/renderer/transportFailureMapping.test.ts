import { RpcFailure } from '@shared/contract/createClient';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import { describe, expect, it } from 'vitest';
import { isConnectionLost } from '../../../src-renderer/platform/connection/isConnectionLost';
import { toTransportFailure } from '../../../src-renderer/platform/connection/toTransportFailure';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import { transportFailure } from '../../../src-renderer/platform/transportFailure';
import { describeError } from '../../../src-renderer/ui/toasts/describeError';

const translate = (language: 'ru' | 'en') => {
  const i18n = createI18n(language, resources[language].translation);
  return (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
};

const failureOf = (envelope: ReturnType<typeof transportFailure>) => {
  if (envelope.ok) throw new Error('expected a failure');
  return new RpcFailure(envelope.error);
};

/** What browsers and Electron throw when the core is not there. */
const THROWN = [
  new TypeError('Failed to fetch'),
  new TypeError('NetworkError when attempting to fetch resource.'),
  new TypeError('Load failed'),
  new DOMException('The operation was aborted.', 'AbortError'),
  new Error("Error invoking remote method 'voronka:rpc': Error: worker exited"),
  'socket hang up',
];

describe('transport failures as the user reads them', () => {
  it.each(THROWN.map((thrown) => [String(thrown), thrown]))('%s → unreachable, in plain words', (_, thrown) => {
    const envelope = toTransportFailure(thrown);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'TRANSPORT', params: { reason: 'unreachable' } } });
    expect(isConnectionLost(envelope)).toBe(true);
    const failure = failureOf(envelope);
    expect(describeError(failure, translate('ru'))).toEqual({
      message: ru.connection.failures.unreachable,
      detail: ru.connection.advice.unreachable,
    });
    expect(describeError(failure, translate('en'))).toEqual({
      message: en.connection.failures.unreachable,
      detail: en.connection.advice.unreachable,
    });
  });

  it('never shows the raw text of a transport failure, whatever its reason', () => {
    for (const reason of ['unreachable', 'bad_reply', 'session_expired'] as const) {
      const described = describeError(failureOf(transportFailure(reason, 'Failed to fetch')), translate('ru'));
      expect(described).toEqual({ message: ru.connection.failures[reason], detail: ru.connection.advice[reason] });
      expect(JSON.stringify(described)).not.toContain('Failed to fetch');
    }
  });

  it('reads a TRANSPORT error without a reason (Electron main could not start the core) as unreachable', () => {
    const failure = new RpcFailure({ code: 'TRANSPORT', message: 'Cannot open the database' });
    expect(isConnectionLost(failure)).toBe(true);
    expect(describeError(failure, translate('ru'))).toMatchObject({ message: ru.connection.failures.unreachable });
  });

  it('counts only unreachable as a lost connection', () => {
    expect(isConnectionLost(transportFailure('bad_reply', 'x'))).toBe(false);
    expect(isConnectionLost(transportFailure('session_expired', 'x'))).toBe(false);
    expect(isConnectionLost(new RpcFailure({ code: 'FORBIDDEN', message: 'x' }))).toBe(false);
    expect(isConnectionLost({ ok: true, value: null })).toBe(false);
    expect(isConnectionLost(new Error('Failed to fetch'))).toBe(false);
  });

  it('has every reason translated in both languages', () => {
    for (const catalogue of [ru, en]) {
      for (const text of Object.values(catalogue.connection.failures)) expect(text.length).toBeGreaterThan(20);
      for (const text of Object.values(catalogue.connection.advice)) expect(text.length).toBeGreaterThan(10);
    }
    expect(ru.connection.failures.unreachable).not.toBe(en.connection.failures.unreachable);
  });
});
