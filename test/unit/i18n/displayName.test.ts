import { DEFAULT_LEAD_SOURCES, DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { DEFAULT_KEY_KINDS, displayName } from '@shared/i18n/displayName';
import { en } from '@shared/i18n/en';
import { describe, expect, it } from 'vitest';

/** A tiny translator over the English catalogue: enough to check which key is asked for. */
const t = (key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;

describe('displayName', () => {
  it('shows the translated seeded name while the user has not renamed the entity', () => {
    expect(displayName({ name: null, defaultKey: 'new_lead' }, t)).toBe('New lead');
    expect(displayName({ name: null, defaultKey: 'sales' }, t)).toBe('Sales');
    expect(displayName({ label: null, defaultKey: 'budget_confirmed' }, t)).toBe('Budget confirmed');
    expect(displayName({ name: null, defaultKey: 'competitor' }, t)).toBe('Chose a competitor');
    expect(displayName({ name: null, defaultKey: 'referral' }, t)).toBe('Referral');
  });

  it('prefers what the user typed', () => {
    expect(displayName({ name: 'Тендеры', defaultKey: 'sales' }, t)).toBe('Тендеры');
    expect(displayName({ label: 'NDA signed', defaultKey: 'terms_agreed' }, t)).toBe('NDA signed');
  });

  it('takes an explicit kind and falls back to the raw key when it knows none', () => {
    const spy = (key: string) => `<${key}>`;
    expect(displayName({ name: null, defaultKey: 'price' }, spy, 'lossReason')).toBe('<defaults.lossReason.price>');
    expect(displayName({ name: null, defaultKey: 'some_future_key' }, spy)).toBe('some_future_key');
    expect(displayName({ name: null, defaultKey: null }, spy)).toBe('');
  });

  it('relies on seeded keys being unique across kinds', () => {
    const all = [
      'sales',
      ...DEFAULT_STAGES.map((stage) => stage.key),
      ...DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => point.key)),
      ...DEFAULT_LOSS_REASONS.map((reason) => reason.key),
      ...DEFAULT_LEAD_SOURCES.map((source) => source.key),
    ];
    expect(DEFAULT_KEY_KINDS.size).toBe(all.length);
  });
});
