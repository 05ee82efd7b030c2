import type { Client } from '@shared/contract/createClient';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { primedCalls } from '../../../src-renderer/platform/data/primedCalls';

const fakeClient = (answer: () => Promise<unknown>) => {
  const call = vi.fn(answer);
  return { client: { call, subscribe: () => () => undefined } as unknown as Client, call };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('primedCalls', () => {
  it('sends a primed call at once and hands its answer to the first view that asks, once', async () => {
    const { client, call } = fakeClient(() => Promise.resolve(['pipeline']));
    primedCalls.prime(client, 'pipelines.list', {});
    primedCalls.prime(client, 'pipelines.list', {});
    expect(call).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledWith('pipelines.list', {});
    await expect(primedCalls.take('pipelines.list', {})).resolves.toEqual(['pipeline']);
    expect(primedCalls.take('pipelines.list', {})).toBeNull();
  });

  it('matches the exact input only', () => {
    const { client } = fakeClient(() => Promise.resolve([]));
    primedCalls.prime(client, 'users.list', { includeInactive: true });
    expect(primedCalls.take('users.list', { includeInactive: false })).toBeNull();
    expect(primedCalls.take('users.list', { includeInactive: true })).not.toBeNull();
  });

  it('drops an answer nobody took within five seconds, so a late view asks afresh', () => {
    vi.useFakeTimers();
    const { client } = fakeClient(() => Promise.resolve([]));
    primedCalls.prime(client, 'leadSources.list', {});
    vi.advanceTimersByTime(5001);
    expect(primedCalls.take('leadSources.list', {})).toBeNull();
  });

  it('a failed primed call reaches the view that takes it, and is not an unhandled rejection', async () => {
    const { client } = fakeClient(() => Promise.reject(new Error('offline')));
    primedCalls.prime(client, 'users.current', {});
    await new Promise((done) => setTimeout(done, 0));
    await expect(primedCalls.take('users.current', {})).rejects.toThrow('offline');
  });
});
