import type { Envelope } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import type { Transport } from '@shared/contract/transport';
import type { StoreApi } from 'zustand';
import { type ConnectionState, useConnectionStore } from './connectionStore';
import { isConnectionLost } from './isConnectionLost';

export type ConnectionMonitorOptions = {
  store?: StoreApi<ConnectionState>;
  /** First delay before trying again after a failure; doubles up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

export type ConnectionMonitor = {
  /** The transport the client uses: the same calls, watched for lost connections. */
  wrap(transport: Transport): Transport;
  /** Something suggests the core went away (the event stream dropped): check now. */
  check(): void;
  /** The transport re-joined a restarted host; said once the connection is confirmed. */
  noteRestart(): void;
};

/** The cheapest read every core answers: what the probe asks while offline. */
const PROBE_METHOD = 'settings.get';

/**
 * One failure model for both transports: any call that could not reach the core (HTTP host
 * stopped, Electron main or worker gone) puts the page offline; it then retries by itself with
 * backoff (or at once on "Retry now") until a call gets through. Back online, every view is told
 * that every table changed, so the data on screen (kept meanwhile) is brought up to date.
 */
export const createConnectionMonitor = (options: ConnectionMonitorOptions = {}): ConnectionMonitor => {
  const store = options.store ?? useConnectionStore;
  const firstRetryMs = options.firstRetryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 15_000;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => globalThis.clearTimeout(handle as number));

  let inner: Transport | null = null;
  const listeners = new Set<(event: PushEvent) => void>();
  let timer: unknown = null;
  let retryMs = firstRetryMs;
  let probing = false;
  let restarted = false;
  /** Calls are numbered as they start, to tell a late answer from news (see `settle`). */
  let callsStarted = 0;
  let newestSettled = 0;

  const schedule = () => {
    if (timer !== null || probing) return;
    store.setState({ retryAt: now() + retryMs });
    timer = setTimer(() => {
      timer = null;
      void probe();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  };

  const goOffline = () => {
    if (store.getState().status === 'online') {
      retryMs = firstRetryMs;
      store.setState({ status: 'offline' });
    }
    schedule();
  };

  const goOnline = () => {
    const wasOffline = store.getState().status === 'offline';
    if (!wasOffline && !restarted) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    retryMs = firstRetryMs;
    store.setState({ status: 'online', retryAt: null, recovery: { at: now(), restarted } });
    restarted = false;
    if (wasOffline) {
      for (const listener of [...listeners]) listener({ type: 'data.changed', tables: [...TABLE_NAMES] });
    }
  };

  /**
   * A call's outcome counts only when no call started after it has already told: a call sent while
   * the host was down may fail after a later one got through, and must not bring the banner back
   * next to the "connection restored" toast (nor an answer sent before the host went away clear
   * the banner).
   */
  const settle = (envelope: Envelope<unknown>, startedAs: number) => {
    if (startedAs < newestSettled) return;
    newestSettled = startedAs;
    if (isConnectionLost(envelope)) goOffline();
    else goOnline();
  };

  /** A call's place in the order calls started (probes included). */
  const nextCallNumber = () => (callsStarted += 1);

  const probe = async () => {
    if (probing || !inner) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    probing = true;
    store.setState({ checking: true, retryAt: null });
    const startedAs = nextCallNumber();
    const envelope = await inner.call(PROBE_METHOD, {});
    probing = false;
    store.setState({ checking: false });
    settle(envelope, startedAs);
    // A failure that came while this probe ran scheduled nothing; a late one here settles nothing.
    if (store.getState().status === 'offline') schedule();
  };

  store.setState({ retryNow: () => void probe() });

  return {
    wrap(transport) {
      inner = transport;
      return {
        async call(method, input) {
          const startedAs = nextCallNumber();
          const envelope = await transport.call(method, input);
          settle(envelope, startedAs);
          return envelope;
        },
        subscribe(listener) {
          listeners.add(listener);
          const unsubscribe = transport.subscribe(listener);
          return () => {
            listeners.delete(listener);
            unsubscribe();
          };
        },
      };
    },
    check() {
      if (store.getState().status === 'online') void probe();
    },
    noteRestart() {
      restarted = true;
    },
  };
};
