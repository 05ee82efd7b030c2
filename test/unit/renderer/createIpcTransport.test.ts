import type { PushEvent } from '@shared/contract/pushEvents';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { describe, expect, it, vi } from 'vitest';
import { createIpcTransport } from '../../../src-renderer/platform/createIpcTransport';
import { detectTransport, type TransportHost } from '../../../src-renderer/platform/detectTransport';

const bridge = (call: VoronkaBridge['call']): VoronkaBridge & { emit(event: PushEvent): void } => {
  const listeners = new Set<(event: PushEvent) => void>();
  return {
    call,
    methods: {},
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveReport: vi.fn(),
    saveBackup: vi.fn(),
    saveSyncBundle: vi.fn(),
    chooseReportFolder: vi.fn(),
    setSmtpPassword: vi.fn(),
    setHubPassword: vi.fn(),
    chooseSyncFolder: vi.fn(),
    workspace: vi.fn(),
    saveExport: vi.fn(),
    savePersonalData: vi.fn(),
    emit: (event) => listeners.forEach((listener) => listener(event)),
  };
};

describe('createIpcTransport', () => {
  it('relays calls and events to the preload bridge', async () => {
    const fake = bridge(vi.fn().mockResolvedValue({ ok: true, value: 42 }));
    const transport = createIpcTransport(fake);
    await expect(transport.call('app.info', {})).resolves.toEqual({ ok: true, value: 42 });
    expect(fake.call).toHaveBeenCalledWith('app.info', {});
    const seen: PushEvent[] = [];
    const off = transport.subscribe((event) => seen.push(event));
    fake.emit({ type: 'data.changed', tables: ['deals'] });
    off();
    fake.emit({ type: 'data.changed', tables: ['stages'] });
    expect(seen).toEqual([{ type: 'data.changed', tables: ['deals'] }]);
  });

  it('turns a rejected IPC call into the same unreachable TRANSPORT envelope as a stopped host', async () => {
    const transport = createIpcTransport(bridge(vi.fn().mockRejectedValue(new Error('worker exited'))));
    await expect(transport.call('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: 'Error: worker exited', params: { reason: 'unreachable' } },
    });
  });
});

const page = (token: string | null, voronka?: VoronkaBridge): TransportHost => ({
  voronka,
  location: { origin: 'http://127.0.0.1:4321' },
  document: {
    querySelector: (selector) =>
      selector === 'meta[name="voronka-token"]' && token !== null ? { getAttribute: () => token } : null,
  },
});

describe('detectTransport', () => {
  it('prefers the Electron bridge', async () => {
    const fake = bridge(vi.fn().mockResolvedValue({ ok: true, value: 'ipc' }));
    const detected = detectTransport(page('ignored', fake));
    expect(detected.kind).toBe('ipc');
    await expect(detected.transport.call('app.info', {})).resolves.toEqual({ ok: true, value: 'ipc' });
  });

  it('falls back to HTTP on the page origin with the injected token', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ ok: true, value: 'http' }));
    try {
      const detected = detectTransport(page('tok'));
      expect(detected.kind).toBe('http');
      await expect(detected.transport.call('app.info', {})).resolves.toEqual({ ok: true, value: 'http' });
      const [url, init] = fetchSpy.mock.calls[0]!;
      expect(url).toBe('http://127.0.0.1:4321/rpc');
      expect(new Headers(init?.headers).get('X-Voronka-Token')).toBe('tok');
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
