import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { METHOD_NAMES } from '@shared/contract/contract';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** contextBridge and ipcRenderer as spies: the preload runs here exactly as in a sandboxed renderer. */
const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, method: string, input: unknown) => ({
        ok: true,
        value: { method, input },
      })),
      on: vi.fn((channel: string, listener: IpcListener) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, listener: IpcListener) => listeners.get(channel)?.delete(listener)),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

let bridge: VoronkaBridge;

beforeAll(async () => {
  await import('../../../src-main/preload/preload');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, exposed] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, VoronkaBridge];
  expect(key).toBe('voronka');
  bridge = exposed;
});

/** A push from main, with the IpcRendererEvent that carries `sender` (ipcRenderer itself). */
const pushFromMain = (payload: PushEvent) => {
  const ipcEvent = { sender: fake.ipcRenderer, senderId: 0, ports: [] };
  for (const listener of fake.listeners.get('voronka:event') ?? []) listener(ipcEvent, payload);
};

describe('preload bridge (window.voronka)', () => {
  it('exposes exactly call, methods, subscribe, saveReport, saveExport, savePersonalData, saveBackup, saveSyncBundle, chooseReportFolder, chooseSyncFolder, setSmtpPassword, setHubPassword and workspace', () => {
    expect(Object.keys(bridge).sort()).toEqual([
      'call',
      'chooseReportFolder',
      'chooseSyncFolder',
      'methods',
      'saveBackup',
      'saveExport',
      'savePersonalData',
      'saveReport',
      'saveSyncBundle',
      'setHubPassword',
      'setSmtpPassword',
      'subscribe',
      'workspace',
    ]);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('has one function per contract method and nothing else', () => {
    expect(Object.keys(bridge.methods).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof bridge.methods[name]).toBe('function');
  });

  it('sends every call over voronka:rpc and returns the envelope', async () => {
    await expect(bridge.methods['deals.get']?.({ id: 'd1' })).resolves.toEqual({
      ok: true,
      value: { method: 'deals.get', input: { id: 'd1' } },
    });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:rpc', 'deals.get', { id: 'd1' });
    await bridge.call('app.info', undefined);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:rpc', 'app.info', undefined);
  });

  it('asks main to save a report over voronka:save-report, passing only what to render', async () => {
    const request = { period: { kind: 'week', week: '2026-W48' }, format: 'pdf', language: 'ru' };
    await bridge.saveReport(request);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:save-report', request);
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('main went away'));
    await expect(bridge.saveReport(request)).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: 'main went away' },
    });
  });

  it("asks main to save a contact's personal data over voronka:save-personal-data, passing only the id", async () => {
    await bridge.savePersonalData({ id: 'c1' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:save-personal-data', { id: 'c1' });
  });

  it('asks main to save a backup over voronka:save-backup with no argument at all', async () => {
    await bridge.saveBackup();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:save-backup');
  });

  it('asks main to save a sync bundle over voronka:save-sync-bundle, passing only what to export', async () => {
    const request = { scope: { kind: 'all' } };
    await bridge.saveSyncBundle(request);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:save-sync-bundle', request);
  });

  it('asks main to choose the report folder over voronka:choose-report-folder with no argument (no path from the page)', async () => {
    await bridge.chooseReportFolder();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:choose-report-folder');
  });

  it('hands the typed SMTP password to main over voronka:smtp-password (main keeps it with the keychain)', async () => {
    await bridge.setSmtpPassword('app-password');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:smtp-password', 'app-password');
  });

  it('hands the hub password to main over voronka:hub-password (main keeps it with the keychain)', async () => {
    await bridge.setHubPassword('hub-password');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:hub-password', 'hub-password');
  });

  it('asks main to choose the shared sync folder over voronka:choose-sync-folder with no argument', async () => {
    await bridge.chooseSyncFolder();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:choose-sync-folder');
  });

  it('asks main to switch the workspace over voronka:workspace, passing the request as it is', async () => {
    const request = { action: 'openSample', language: 'en' };
    await bridge.workspace(request);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('voronka:workspace', request);
  });

  it('turns a failed invoke into a TRANSPORT envelope instead of a rejection', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'voronka:rpc'"));
    await expect(bridge.call('app.info', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: "No handler registered for 'voronka:rpc'" },
    });
  });

  it('subscribe hands listeners the event payload only, never the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.subscribe((...args: unknown[]) => received.push(args));
    const event: PushEvent = { type: 'data.changed', tables: ['deals'] };
    pushFromMain(event);
    expect(received).toEqual([[event]]);
    expect(JSON.stringify(received)).not.toContain('sender');
    unsubscribe();
  });

  it('unsubscribe stops delivery and removes the IPC listener', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);
    expect(fake.listeners.get('voronka:event')?.size).toBe(1);
    unsubscribe();
    expect(fake.listeners.get('voronka:event')?.size).toBe(0);
    pushFromMain({ type: 'data.changed', tables: ['deals'] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps listeners apart: unsubscribing one leaves the other', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.subscribe(first);
    const stopSecond = bridge.subscribe(second);
    stopFirst();
    pushFromMain({ type: 'data.changed', tables: ['stages'] });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ type: 'data.changed', tables: ['stages'] });
    stopSecond();
  });
});
