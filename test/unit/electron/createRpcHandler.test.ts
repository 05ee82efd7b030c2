import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '@shared/contract/envelope';
import { createRpcHandler, type RpcTarget } from '../../../src-main/electron/createRpcHandler';

const frame = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

const makeTarget = () => {
  const dispatch = vi.fn(async (method: string, input: unknown): Promise<Envelope<unknown>> => ({
    ok: true,
    value: { method, input },
  }));
  return { target: { dispatch } satisfies RpcTarget, dispatch };
};

describe('voronka:rpc handler', () => {
  it('relays a trusted call to the worker and returns its envelope', async () => {
    const { target, dispatch } = makeTarget();
    const handle = createRpcHandler(Promise.resolve(target));
    const result = await handle(frame('app://voronka/index.html'), 'deals.get', { id: 'd1' });
    expect(dispatch).toHaveBeenCalledWith('deals.get', { id: 'd1' });
    expect(result).toEqual({ ok: true, value: { method: 'deals.get', input: { id: 'd1' } } });
  });

  it.each([
    ['a wrong origin', 'https://evil.example/'],
    ['a file: page', 'file:///tmp/index.html'],
    ['an http page', 'http://127.0.0.1:5173/'],
    ['another custom scheme', 'other://voronka/index.html'],
    ['a null frame', null],
  ])('refuses %s with FORBIDDEN and never reaches the worker', async (_label, url) => {
    const { target, dispatch } = makeTarget();
    const result = await createRpcHandler(Promise.resolve(target))(frame(url), 'deals.get', { id: 'd1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('treats a frame that throws on access as untrusted', async () => {
    const { target, dispatch } = makeTarget();
    const event = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    const result = await createRpcHandler(Promise.resolve(target))(event, 'app.info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([42, null, 'constructor', 'deals.drop', '__proto__'])('refuses the method name %s', async (method) => {
    const { target, dispatch } = makeTarget();
    const result = await createRpcHandler(Promise.resolve(target))(frame('app://voronka/'), method, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('waits for the worker to come up', async () => {
    const { target, dispatch } = makeTarget();
    let up: (value: RpcTarget) => void = () => undefined;
    const handle = createRpcHandler(new Promise<RpcTarget>((resolve) => (up = resolve)));
    const pending = handle(frame('app://voronka/'), 'app.info', undefined);
    expect(dispatch).not.toHaveBeenCalled();
    up(target);
    await expect(pending).resolves.toMatchObject({ ok: true });
  });

  it('turns a worker that failed to start, or a throwing dispatch, into a TRANSPORT envelope', async () => {
    const failed = Promise.reject(new Error('Cannot open the database'));
    failed.catch(() => undefined);
    await expect(createRpcHandler(failed)(frame('app://voronka/'), 'app.info', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: 'Cannot open the database' },
    });
    const throwing: RpcTarget = { dispatch: () => Promise.reject(new Error('boom')) };
    await expect(
      createRpcHandler(Promise.resolve(throwing))(frame('app://voronka/'), 'app.info', undefined),
    ).resolves.toMatchObject({ ok: false, error: { code: 'TRANSPORT', message: 'boom' } });
  });
});
