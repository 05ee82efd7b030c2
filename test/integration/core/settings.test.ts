import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

describe('settings', () => {
  it('starts from the defaults', async () => {
    backend = createTempBackend();
    expect(await clientFor(backend).call('settings.get')).toEqual(SETTING_DEFAULTS);
  });

  it('persists a change across reopening the file', async () => {
    backend = createTempBackend();
    await clientFor(backend).call('settings.set', { 'ui.language': 'en', 'workspace.currency': 'USD' });
    backend.close();
    const reopened = createBackend({ dbPath: backend.dbPath, platform: 'test' });
    const settings = await clientFor(reopened).call('settings.get');
    reopened.close();
    expect(settings['ui.language']).toBe('en');
    expect(settings['workspace.currency']).toBe('USD');
    backend = createTempBackend();
  });

  it('refuses unknown keys and bad values', async () => {
    backend = createTempBackend();
    const unknownKey = await backend.dispatch('settings.set', { 'ui.theme': 'dark' });
    const badValue = await backend.dispatch('settings.set', { 'workspace.currency': 'rubles' });
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(badValue).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: 'workspace.currency' }] } });
  });

  it('uses the workspace currency for new deals', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    await client.call('settings.set', { 'workspace.currency': 'EUR' });
    const [pipeline] = await client.call('pipelines.list');
    const deal = await client.call('deals.create', { pipelineId: pipeline?.id ?? '', title: 'Euro deal' });
    expect(deal.currency).toBe('EUR');
  });
});
