import type { PushEvent } from '@shared/contract/pushEvents';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport, type EventSourceLike } from '../../../src-renderer/platform/createHttpTransport';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = [];
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  send(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  /** `closedForGood`: the server answered with an HTTP error, EventSource will not retry. */
  fail(closedForGood: boolean) {
    this.readyState = closedForGood ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

const setup = () => {
  FakeEventSource.opened = [];
  const timers: (() => void)[] = [];
  const fetchMock = vi.fn<typeof fetch>();
  const onRestart = vi.fn();
  const onStreamLost = vi.fn();
  const transport = createHttpTransport({
    baseUrl: 'http://127.0.0.1:4000/',
    token: 'secret token',
    fetch: fetchMock,
    createEventSource: (url) => new FakeEventSource(url),
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => undefined,
    onRestart,
    onStreamLost,
  });
  return { transport, fetchMock, timers, onRestart, onStreamLost };
};

/** What a restarted host answers to a call with the token of its previous launch. */
const staleToken = () =>
  jsonResponse(
    { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong token', params: { reason: 'stale_token' } } },
    403,
  );

const tokenHeader = (init: RequestInit | undefined) => new Headers(init?.headers).get('X-Voronka-Token');

describe('createHttpTransport.call', () => {
  it('posts {method, input} with the token header and returns the envelope', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockResolvedValue(jsonResponse({ ok: true, value: { n: 1 } }));
    await expect(transport.call('deals.get', { id: 'x' })).resolves.toEqual({ ok: true, value: { n: 1 } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:4000/rpc');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('X-Voronka-Token')).toBe('secret token');
    expect(JSON.parse(String(init?.body))).toEqual({ method: 'deals.get', input: { id: 'x' } });
  });

  it('passes error envelopes through, whatever the HTTP status', async () => {
    const { transport, fetchMock } = setup();
    const error = {
      code: 'BAD_INPUT',
      message: 'Invalid input',
      issues: [{ path: 'title', code: 'too_small', message: 'x' }],
    };
    fetchMock.mockResolvedValue(jsonResponse({ ok: false, error }, 400));
    await expect(transport.call('deals.create', {})).resolves.toEqual({ ok: false, error });
  });

  it('turns a network failure into an unreachable TRANSPORT envelope instead of throwing', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(transport.call('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: 'TypeError: Failed to fetch', params: { reason: 'unreachable' } },
    });
  });

  it('treats 503 (the host is still opening the workspace) as unreachable, like no answer', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockResolvedValue(new Response(null, { status: 503, headers: { 'Retry-After': '1' } }));
    await expect(transport.call('deals.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT', params: { reason: 'unreachable' } },
    });
  });

  it('turns a reply without an envelope into TRANSPORT', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockResolvedValueOnce(new Response('Forbidden', { status: 403 }));
    fetchMock.mockResolvedValueOnce(jsonResponse({ hello: 'world' }));
    const first = await transport.call('app.info', {});
    const second = await transport.call('app.info', {});
    expect(first).toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT', params: { status: 403, reason: 'bad_reply' } },
    });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT', params: { status: 200, reason: 'bad_reply' } },
    });
  });
});

describe('createHttpTransport after the host restarted', () => {
  it('reads the new token from /session and repeats the refused call once with it', async () => {
    const { transport, fetchMock, onRestart } = setup();
    fetchMock
      .mockResolvedValueOnce(staleToken())
      .mockResolvedValueOnce(jsonResponse({ token: 'new token' }))
      .mockResolvedValueOnce(jsonResponse({ ok: true, value: { id: 'c1' } }))
      .mockResolvedValueOnce(jsonResponse({ ok: true, value: 2 }));
    await expect(transport.call('companies.create', { name: 'Ёлочка' })).resolves.toEqual({
      ok: true,
      value: { id: 'c1' },
    });
    const [sessionUrl, sessionInit] = fetchMock.mock.calls[1]!;
    expect(sessionUrl).toBe('http://127.0.0.1:4000/session');
    expect(new Headers(sessionInit?.headers).get('X-Voronka-Session')).toBe('1');
    expect(tokenHeader(fetchMock.mock.calls[0]![1])).toBe('secret token');
    expect(tokenHeader(fetchMock.mock.calls[2]![1])).toBe('new token');
    expect(JSON.parse(String(fetchMock.mock.calls[2]![1]?.body))).toEqual({
      method: 'companies.create',
      input: { name: 'Ёлочка' },
    });
    expect(onRestart).toHaveBeenCalledTimes(1);
    // Later calls use the new token straight away.
    await transport.call('app.info', {});
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(tokenHeader(fetchMock.mock.calls[3]![1])).toBe('new token');
  });

  it('asks for the token once when several calls are refused together', async () => {
    const { transport, fetchMock, onRestart } = setup();
    fetchMock.mockImplementation(async (url, init) => {
      if (String(url).endsWith('/session')) return jsonResponse({ token: 'new token' });
      return tokenHeader(init) === 'new token' ? jsonResponse({ ok: true, value: 1 }) : staleToken();
    });
    const answers = await Promise.all([transport.call('a', {}), transport.call('b', {}), transport.call('c', {})]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/session'))).toHaveLength(1);
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('is unreachable when the host went away again before giving the token', async () => {
    const { transport, fetchMock, onRestart } = setup();
    fetchMock.mockResolvedValueOnce(staleToken()).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(transport.call('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT', params: { reason: 'unreachable' } },
    });
    expect(onRestart).not.toHaveBeenCalled();
  });

  it('says the session expired when the host refuses the token it gave (never loops)', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockImplementation(async (url) =>
      String(url).endsWith('/session') ? jsonResponse({ token: 'new token' }) : staleToken(),
    );
    await expect(transport.call('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT', params: { reason: 'session_expired' } },
    });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('passes a FORBIDDEN that is not about the token through untouched', async () => {
    const { transport, fetchMock } = setup();
    const error = { code: 'FORBIDDEN', message: 'not yours' };
    fetchMock.mockResolvedValueOnce(jsonResponse({ ok: false, error }, 403));
    await expect(transport.call('deals.delete', { id: 'd' })).resolves.toEqual({ ok: false, error });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('re-opens the event stream with the new token', async () => {
    const { transport, fetchMock, timers, onStreamLost } = setup();
    fetchMock.mockResolvedValue(jsonResponse({ token: 'new token' }));
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    const first = FakeEventSource.opened[0]!;
    first.open();
    first.fail(false);
    expect(onStreamLost).toHaveBeenCalledTimes(1);
    // The host came back with a new token and refused the old one: EventSource gives up.
    first.fail(true);
    expect(onStreamLost).toHaveBeenCalledTimes(1);
    timers[0]!();
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(2));
    expect(FakeEventSource.opened[1]!.url).toBe('http://127.0.0.1:4000/events?token=new%20token');
    FakeEventSource.opened[1]!.open();
    await vi.waitFor(() => expect(events).toEqual([{ type: 'data.changed', tables: [...TABLE_NAMES] }]));
  });

  it('keeps trying with backoff while the host is still down', async () => {
    const { transport, fetchMock, timers } = setup();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    transport.subscribe(() => undefined);
    FakeEventSource.opened[0]!.fail(true);
    timers[0]!();
    await vi.waitFor(() => expect(timers).toHaveLength(2));
    expect(FakeEventSource.opened).toHaveLength(1);
  });
});

describe('createHttpTransport.subscribe', () => {
  it('opens one stream for all listeners and closes it with the last one', async () => {
    const { transport } = setup();
    const a: PushEvent[] = [];
    const b: PushEvent[] = [];
    const offA = transport.subscribe((event) => a.push(event));
    const offB = transport.subscribe((event) => b.push(event));
    expect(FakeEventSource.opened).toHaveLength(1);
    const stream = FakeEventSource.opened[0]!;
    expect(stream.url).toBe('http://127.0.0.1:4000/events?token=secret%20token');
    stream.open();
    stream.send(JSON.stringify({ type: 'data.changed', tables: ['deals'] }));
    stream.send('not json');
    stream.send(JSON.stringify({ type: 'nonsense' }));
    stream.send(JSON.stringify({ type: 'data.changed', tables: ['nonsense'] }));
    stream.send(JSON.stringify({ type: 'data.changed', tables: ['companies'] }));
    // Events are parsed by the contract's schema, loaded with the first one: delivery is async.
    await vi.waitFor(() => expect(a).toHaveLength(2));
    expect(a).toEqual([
      { type: 'data.changed', tables: ['deals'] },
      { type: 'data.changed', tables: ['companies'] },
    ]);
    expect(b).toEqual(a);
    offA();
    expect(stream.closed).toBe(false);
    offB();
    expect(stream.closed).toBe(true);
  });

  it('re-opens a stream the browser gave up on, and has every view refetch after a gap', async () => {
    const { transport, timers, fetchMock, onRestart } = setup();
    // The host was only busy: same launch, same token.
    fetchMock.mockResolvedValue(jsonResponse({ token: 'secret token' }));
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    const first = FakeEventSource.opened[0]!;
    first.open();
    first.fail(true);
    expect(first.closed).toBe(true);
    expect(timers).toHaveLength(1);
    timers[0]!();
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(2));
    const second = FakeEventSource.opened[1]!;
    expect(second.url).toBe('http://127.0.0.1:4000/events?token=secret%20token');
    expect(onRestart).not.toHaveBeenCalled();
    second.open();
    await vi.waitFor(() => expect(events).toEqual([{ type: 'data.changed', tables: [...TABLE_NAMES] }]));
  });

  it('lets EventSource retry by itself while it is still trying, then refreshes once', async () => {
    const { transport, timers } = setup();
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    const stream = FakeEventSource.opened[0]!;
    stream.open();
    stream.fail(false);
    expect(timers).toHaveLength(0);
    stream.open();
    stream.open();
    stream.send(JSON.stringify({ type: 'data.changed', tables: ['deals'] }));
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events).toEqual([
      { type: 'data.changed', tables: [...TABLE_NAMES] },
      { type: 'data.changed', tables: ['deals'] },
    ]);
  });

  it('has every view refetch when the stream opens after a call read without it (a change then had no stream to travel by)', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockResolvedValue(jsonResponse({ ok: true, value: [] }));
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    await transport.call('deals.board' as never, {} as never);
    const stream = FakeEventSource.opened[0]!;
    stream.open();
    await vi.waitFor(() => expect(events).toEqual([{ type: 'data.changed', tables: [...TABLE_NAMES] }]));
  });

  it('does not refetch when the stream opened before any call read', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockResolvedValue(jsonResponse({ ok: true, value: [] }));
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    FakeEventSource.opened[0]!.open();
    await transport.call('deals.board' as never, {} as never);
    FakeEventSource.opened[0]!.send(JSON.stringify({ type: 'data.changed', tables: ['deals'] }));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events).toEqual([{ type: 'data.changed', tables: ['deals'] }]);
  });

  it('delivers events in the order they came, the first ones while the parser still loads', async () => {
    const { transport } = setup();
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    const stream = FakeEventSource.opened[0]!;
    stream.open();
    const tables = ['deals', 'companies', 'contacts', 'activities', 'users'] as const;
    for (const table of tables) stream.send(JSON.stringify({ type: 'data.changed', tables: [table] }));
    stream.send(JSON.stringify({ type: 'reminder.open', taskId: 't1', dealId: null }));
    await vi.waitFor(() => expect(events).toHaveLength(tables.length + 1));
    expect(events).toEqual([
      ...tables.map((table) => ({ type: 'data.changed', tables: [table] })),
      { type: 'reminder.open', taskId: 't1', dealId: null },
    ]);
  });
});
