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
  const transport = createHttpTransport({
    baseUrl: 'http://127.0.0.1:4000/',
    token: 'secret token',
    fetch: fetchMock,
    createEventSource: (url) => new FakeEventSource(url),
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => undefined,
  });
  return { transport, fetchMock, timers };
};

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

  it('turns a network failure into a TRANSPORT envelope instead of throwing', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(transport.call('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: 'Failed to fetch' },
    });
  });

  it('turns a reply without an envelope into TRANSPORT', async () => {
    const { transport, fetchMock } = setup();
    fetchMock.mockResolvedValueOnce(new Response('Forbidden', { status: 403 }));
    fetchMock.mockResolvedValueOnce(jsonResponse({ hello: 'world' }));
    const first = await transport.call('app.info', {});
    const second = await transport.call('app.info', {});
    expect(first).toMatchObject({ ok: false, error: { code: 'TRANSPORT', params: { status: 403 } } });
    expect(second).toMatchObject({ ok: false, error: { code: 'TRANSPORT', params: { status: 200 } } });
  });
});

describe('createHttpTransport.subscribe', () => {
  it('opens one stream for all listeners and closes it with the last one', () => {
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
    expect(a).toEqual([{ type: 'data.changed', tables: ['deals'] }]);
    expect(b).toEqual(a);
    offA();
    expect(stream.closed).toBe(false);
    offB();
    expect(stream.closed).toBe(true);
  });

  it('re-opens a stream the browser gave up on, and has every view refetch after a gap', () => {
    const { transport, timers } = setup();
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    const first = FakeEventSource.opened[0]!;
    first.open();
    first.fail(true);
    expect(first.closed).toBe(true);
    expect(timers).toHaveLength(1);
    timers[0]!();
    const second = FakeEventSource.opened[1]!;
    expect(second).toBeDefined();
    second.open();
    expect(events).toEqual([{ type: 'data.changed', tables: [...TABLE_NAMES] }]);
  });

  it('lets EventSource retry by itself while it is still trying, then refreshes once', () => {
    const { transport, timers } = setup();
    const events: PushEvent[] = [];
    transport.subscribe((event) => events.push(event));
    const stream = FakeEventSource.opened[0]!;
    stream.open();
    stream.fail(false);
    expect(timers).toHaveLength(0);
    stream.open();
    stream.open();
    expect(events).toHaveLength(1);
  });
});
