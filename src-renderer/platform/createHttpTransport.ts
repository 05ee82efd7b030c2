import type { Envelope } from '@shared/contract/envelope';
import { envelopeFrom } from '@shared/contract/envelopeFrom';
import { HOST_SESSION } from '@shared/contract/hostSession';
import type { PushEvent } from '@shared/contract/pushEvents';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import type { Transport } from '@shared/contract/transport';
import { toTransportFailure } from './connection/toTransportFailure';
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
  /** The host was restarted and the page now holds the new launch's token. */
  onRestart?: () => void;
  /** The event stream dropped: the host may be gone (the connection monitor checks). */
  onStreamLost?: () => void;
};

const EVENT_SOURCE_OPEN = 1;
const EVENT_SOURCE_CLOSED = 2;
const SERVICE_UNAVAILABLE = 503;

/** The token in the host's `/session` answer (`{token}`), or null. */
const tokenFrom = (body: unknown): string | null => {
  const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : null;
  return typeof token === 'string' && token.length > 0 ? token : null;
};

type ParsePushEvent = (data: unknown) => PushEvent | null;

/**
 * The push-event schema is zod's, and zod is not part of the first screen's script: it loads with
 * the first event (events only follow a change, never the first paint), once per page.
 */
let pushEventParser: Promise<ParsePushEvent> | null = null;
const loadPushEventParser = (): Promise<ParsePushEvent> =>
  (pushEventParser ??= import('@shared/contract/pushEvents').then(
    ({ pushEventSchema }): ParsePushEvent =>
      (data) => {
        const parsed = pushEventSchema.safeParse(data);
        return parsed.success ? parsed.data : null;
      },
    (error: unknown) => {
      pushEventParser = null;
      throw error;
    },
  ));

type Renewal = 'renewed' | 'unchanged' | 'unreachable';

const readEnvelope = async (response: Response): Promise<Envelope<unknown>> => {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return transportFailure('bad_reply', `The host answered ${response.status} without a JSON envelope`, {
      status: response.status,
    });
  }
  return (
    envelopeFrom(body) ??
    transportFailure('bad_reply', `The host answered ${response.status} with a malformed envelope`, {
      status: response.status,
    })
  );
};

const isStaleToken = (status: number, envelope: Envelope<unknown>): boolean =>
  status === 403 &&
  !envelope.ok &&
  envelope.error.code === 'FORBIDDEN' &&
  envelope.error.params?.reason === HOST_SESSION.staleToken;

/**
 * The browser-shell transport: `POST /rpc` for calls, one shared SSE stream (`GET /events`) for
 * push events. The stream opens with the first subscriber and closes with the last. EventSource
 * retries by itself after a dropped connection, but gives up for good on an HTTP error (host
 * restarting), so we re-open it with backoff. Events sent while disconnected are lost, so after
 * a reconnect every view is told that every table changed and refetches.
 *
 * A restarted host has a new token and refuses the old one as stale: the transport then reads the
 * new token from the host (see HOST_SESSION) and repeats the refused call once. The host refused it
 * before running it, so repeating even a mutation cannot apply it twice.
 */
export const createHttpTransport = (options: HttpTransportOptions): Transport => {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const openStream = options.createEventSource ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike);
  const setTimer = options.setTimer ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => globalThis.clearTimeout(handle as number));
  const firstRetryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;

  let token = options.token;
  let renewal: Promise<Renewal> | null = null;
  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSourceLike | null = null;
  let retryTimer: unknown = null;
  let retryMs = firstRetryMs;
  let missedEvents = false;
  /**
   * A call was made while no stream was open: what it read may predate a change whose event the
   * stream, not yet registered with the host, never carried (a deal created in another window
   * just as this page loaded its board). The stream's opening then counts as a reconnect.
   */
  let readWithoutStream = false;

  /** Reads the current launch's token; concurrent callers share one request. */
  const renewToken = (): Promise<Renewal> => {
    renewal ??= (async (): Promise<Renewal> => {
      try {
        const response = await doFetch(`${base}${HOST_SESSION.path}`, {
          headers: { [HOST_SESSION.header]: '1' },
          cache: 'no-store',
        });
        const renewed = tokenFrom(await response.json());
        if (renewed === null) return 'unreachable';
        if (renewed === token) return 'unchanged';
        token = renewed;
        options.onRestart?.();
        return 'renewed';
      } catch {
        return 'unreachable';
      }
    })().finally(() => {
      renewal = null;
    });
    return renewal;
  };

  /** One call with the current token; `stale` when the host refused that token. */
  const post = async (method: string, input: unknown): Promise<{ envelope: Envelope<unknown>; stale: boolean }> => {
    let response: Response;
    try {
      response = await doFetch(`${base}/rpc`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Voronka-Token': token },
        body: JSON.stringify({ method, input }),
      });
    } catch (error) {
      return { envelope: toTransportFailure(error), stale: false };
    }
    // The host is up but still opening the workspace (see startOpeningServer): not there yet.
    if (response.status === SERVICE_UNAVAILABLE)
      return { envelope: transportFailure('unreachable', 'The host is opening the workspace'), stale: false };
    const envelope = await readEnvelope(response);
    return { envelope, stale: isStaleToken(response.status, envelope) };
  };

  const broadcast = (event: PushEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  /** Events reach the listeners in the order they came, each after the parser is in. */
  let delivery: Promise<void> = Promise.resolve();
  const deliver = (parse: (parser: ParsePushEvent) => PushEvent | null) => {
    const parser = loadPushEventParser();
    delivery = delivery
      .then(() => parser)
      .then(
        (ready) => {
          const event = parse(ready);
          if (event) broadcast(event);
        },
        // The parser's chunk did not load (the host went away meanwhile): every view refetches
        // instead of missing the change; the next event tries the chunk again.
        () => broadcast({ type: 'data.changed', tables: [...TABLE_NAMES] }),
      );
  };

  const scheduleReconnect = () => {
    retryTimer = setTimer(() => {
      retryTimer = null;
      if (listeners.size === 0 || source) return;
      // The stream closes for good on an HTTP error, most likely a restarted host refusing the old
      // token: read the current one first (unchanged is fine: the host may just have been busy).
      void renewToken().then((renewed) => {
        if (listeners.size === 0 || source || retryTimer !== null) return;
        if (renewed === 'unreachable') scheduleReconnect();
        else connect();
      });
    }, retryMs);
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  };

  const connect = () => {
    const stream = openStream(`${base}/events?token=${encodeURIComponent(token)}`);
    source = stream;
    stream.onopen = () => {
      retryMs = firstRetryMs;
      if (missedEvents || readWithoutStream) {
        missedEvents = false;
        readWithoutStream = false;
        deliver(() => ({ type: 'data.changed', tables: [...TABLE_NAMES] }));
      }
    };
    stream.onmessage = (message) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      deliver((parse) => parse(data));
    };
    stream.onerror = () => {
      if (source !== stream) return;
      if (!missedEvents) options.onStreamLost?.();
      missedEvents = true;
      if (stream.readyState !== EVENT_SOURCE_CLOSED) return;
      stream.close();
      source = null;
      scheduleReconnect();
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
      if (source?.readyState !== EVENT_SOURCE_OPEN) readWithoutStream = true;
      const first = await post(method, input);
      if (!first.stale) return first.envelope;
      const renewed = await renewToken();
      // 'unchanged': another call renewed it meanwhile, and this one had been sent with the old one.
      if (renewed !== 'unreachable') {
        const again = await post(method, input);
        if (!again.stale) return again.envelope;
      }
      return renewed === 'unreachable'
        ? transportFailure('unreachable', 'The host refused the token and did not give a new one')
        : transportFailure('session_expired', 'The host refuses the token it gives out');
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
