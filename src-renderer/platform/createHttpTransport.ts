import { envelopeSchema, type Envelope } from '@shared/contract/envelope';
import { type PushEvent, pushEventSchema } from '@shared/contract/pushEvents';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import type { Transport } from '@shared/contract/transport';
import { transportFailure } from './transportFailure';

/** The part of the DOM EventSource the transport uses; tests pass a fake. */
export type EventSourceLike = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
};

export type HttpTransportOptions = {
  /** Origin of the HTTP host, e.g. `http://127.0.0.1:5173` (no trailing slash needed). */
  baseUrl: string;
  /** The per-launch token the host injected into the page. */
  token: string;
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSourceLike;
  /** Delay before re-opening a closed event stream; grows up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

const EVENT_SOURCE_CLOSED = 2;

const readEnvelope = async (response: Response): Promise<Envelope<unknown>> => {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return transportFailure(`The host answered ${response.status} without a JSON envelope`, {
      status: response.status,
    });
  }
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) {
    return transportFailure(`The host answered ${response.status} with a malformed envelope`, {
      status: response.status,
    });
  }
  return parsed.data as Envelope<unknown>;
};

/**
 * The browser-shell transport: `POST /rpc` for calls, one shared SSE stream (`GET /events`) for
 * push events. The stream opens with the first subscriber and closes with the last. EventSource
 * retries by itself after a dropped connection, but gives up for good on an HTTP error (host
 * restarting), so we re-open it with backoff. Events sent while disconnected are lost, so after
 * a reconnect every view is told that every table changed and refetches.
 */
export const createHttpTransport = (options: HttpTransportOptions): Transport => {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const openStream = options.createEventSource ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike);
  const setTimer = options.setTimer ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => globalThis.clearTimeout(handle as number));
  const firstRetryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;

  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSourceLike | null = null;
  let retryTimer: unknown = null;
  let retryMs = firstRetryMs;
  let missedEvents = false;

  const broadcast = (event: PushEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const connect = () => {
    const stream = openStream(`${base}/events?token=${encodeURIComponent(options.token)}`);
    source = stream;
    stream.onopen = () => {
      retryMs = firstRetryMs;
      if (missedEvents) {
        missedEvents = false;
        broadcast({ type: 'data.changed', tables: [...TABLE_NAMES] });
      }
    };
    stream.onmessage = (message) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = pushEventSchema.safeParse(data);
      if (parsed.success) broadcast(parsed.data);
    };
    stream.onerror = () => {
      missedEvents = true;
      if (stream.readyState !== EVENT_SOURCE_CLOSED || source !== stream) return;
      stream.close();
      source = null;
      retryTimer = setTimer(() => {
        retryTimer = null;
        if (listeners.size > 0 && !source) connect();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    };
  };

  const disconnect = () => {
    if (retryTimer !== null) clearTimer(retryTimer);
    retryTimer = null;
    source?.close();
    source = null;
    missedEvents = false;
    retryMs = firstRetryMs;
  };

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await doFetch(`${base}/rpc`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Voronka-Token': options.token },
          body: JSON.stringify({ method, input }),
        });
      } catch (error) {
        return transportFailure(error instanceof Error ? error.message : String(error));
      }
      return readEnvelope(response);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source && retryTimer === null) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) disconnect();
      };
    },
  };
};
