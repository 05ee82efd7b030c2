import { contract } from '@shared/contract/contract';
import { describe, expect, it } from 'vitest';
import { createRouter, type RequestScope } from '../../../src-main/core/createRouter';
import type { HandlerContext } from '../../../src-main/core/HandlerContext';
import type { Handlers } from '../../../src-main/core/Handlers';

const scope = (): RequestScope => ({ ctx: {} as HandlerContext, committed: () => new Set() });
const input = { subject: 'deal', id: '00000000-0000-4000-8000-000000000001' };
const page = { entries: [], refs: {}, next: null };

/** A router whose only handler answers timeline.page (a trusted hot read) with `value`. */
const routerAnswering = (value: unknown, trustOutputs: boolean) =>
  createRouter({ 'timeline.page': () => value } as unknown as Handlers, scope, () => {}, { trustOutputs });

describe('trusted outputs', () => {
  it('marks the hot reads whose output check the app skips', () => {
    expect(contract['timeline.page'].trustedOutput).toBe(true);
    expect(contract['activities.list'].trustedOutput).toBe(true);
    expect(contract['leads.list'].trustedOutput).toBe(true);
    expect(contract['deals.list'].trustedOutput).toBeUndefined();
  });

  it('checks a trusted output where outputs are checked, and refuses one the check would change', async () => {
    expect(await routerAnswering(page, false)('timeline.page', input)).toEqual({ ok: true, value: page });
    // zod would strip the extra key: skipping the check would ship something else, so it fails here.
    const stripped = await routerAnswering({ ...page, secret: 1 }, false)('timeline.page', input);
    expect(stripped).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const broken = await routerAnswering({ ...page, next: 'nope' }, false)('timeline.page', input);
    expect(broken).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('ships a trusted output unchecked where outputs are trusted, and still checks the rest', async () => {
    const value = { ...page, secret: 1 };
    expect(await routerAnswering(value, true)('timeline.page', input)).toEqual({ ok: true, value });
    const router = createRouter({ 'deals.get': () => ({ nope: 1 }) } as unknown as Handlers, scope, () => {}, {
      trustOutputs: true,
    });
    expect(await router('deals.get', { id: input.id })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
