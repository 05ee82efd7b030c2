import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src-main/core/DomainError';
import { encryptionRefusalText } from '../../../src-main/host/encryptionRefusalText';

describe('encryptionRefusalText', () => {
  it('names a missing and a wrong key in the console language, from the worker error or directly', () => {
    const required = new DomainError('DB_ENCRYPTED', 'x', { reason: 'key_required' });
    const rejected = { message: 'start failed', cause: { code: 'DB_ENCRYPTED', params: { reason: 'key_rejected' } } };
    expect(encryptionRefusalText(required, { LANG: 'en_US.UTF-8' })).toContain('VORONKA_DB_KEY');
    expect(encryptionRefusalText(rejected, { LANG: 'en_US.UTF-8' })).toMatch(/passphrase does not open/);
    expect(encryptionRefusalText(rejected, { LANG: 'ru_RU.UTF-8' })).toMatch(/Пароль не подходит/);
    expect(encryptionRefusalText(new Error('EADDRINUSE'), {})).toBeNull();
  });
});
