import { describe, expect, it } from 'vitest';
import { openFailureMessage } from '../../../src-main/electron/openFailureMessage';

const newerSchema = new Error('Cannot open the database: The database schema v3 is newer than this app (v1).', {
  cause: { code: 'CONFLICT', message: 'newer', params: { schemaVersion: 3, appSchemaVersion: 1 } },
});

describe('openFailureMessage', () => {
  it('explains a database from a newer Voronka, in Russian on a Russian OS', () => {
    const message = openFailureMessage(newerSchema, '/home/u/.config/Voronka/voronka.sqlite', 'ru-RU');
    expect(message.title).toBe('Воронка не может открыть базу данных');
    expect(message.body).toContain('более новой версией Воронки (схема v3, эта версия знает v1)');
    expect(message.body).toContain('/home/u/.config/Voronka/voronka.sqlite');
  });

  it('explains it in English elsewhere', () => {
    const message = openFailureMessage(newerSchema, 'C:\\Users\\u\\voronka.sqlite', 'en-US');
    expect(message.title).toBe('Voronka cannot open its database');
    expect(message.body).toContain('newer version of Voronka (schema v3; this version knows v1)');
    expect(message.body).toContain('C:\\Users\\u\\voronka.sqlite');
  });

  it('shows the core message for any other failure', () => {
    const message = openFailureMessage(new Error('SQLITE_CANTOPEN: unable to open database file'), '/x.sqlite', 'en');
    expect(message.body).toContain('Reason: SQLITE_CANTOPEN: unable to open database file');
    expect(openFailureMessage({ error: { message: 'disk full' } }, '/x.sqlite', 'en').body).toContain('disk full');
    expect(openFailureMessage('plain', '/x.sqlite', 'en').body).toContain('Reason: plain');
  });
});
