import { describe, expect, it } from 'vitest';
import { defaultArchiveTarget, isForward } from '../../../src-renderer/modules/stagesSettings/utils/archiveTarget';

const funnel = [
  { id: 'lead', funnelStep: 'awareness' as const },
  { id: 'qual', funnelStep: 'interest' as const },
  { id: 'demo', funnelStep: 'consideration' as const },
  { id: 'pilot', funnelStep: 'consideration' as const },
  { id: 'talks', funnelStep: 'intent' as const },
  { id: 'contract', funnelStep: 'purchase' as const },
];

describe('defaultArchiveTarget', () => {
  it('sends deals back to the stage before, not to the start', () => {
    expect(defaultArchiveTarget(funnel, 'contract')).toBe('talks');
    expect(defaultArchiveTarget(funnel, 'talks')).toBe('pilot');
  });

  it('prefers an earlier stage of the same funnel step over a nearer one of another', () => {
    const stages = [
      { id: 'demo', funnelStep: 'consideration' as const },
      { id: 'qual', funnelStep: 'interest' as const },
      { id: 'pilot', funnelStep: 'consideration' as const },
    ];
    expect(defaultArchiveTarget(stages, 'pilot')).toBe('demo');
  });

  it('sends the first stage’s deals to the next one; nothing for a lone or unknown stage', () => {
    expect(defaultArchiveTarget(funnel, 'lead')).toBe('qual');
    expect(defaultArchiveTarget([funnel[0]!], 'lead')).toBeNull();
    expect(defaultArchiveTarget(funnel, 'gone')).toBeNull();
  });

  it('tells a forward target from a backward one', () => {
    expect(isForward(funnel, 'qual', 'demo')).toBe(true);
    expect(isForward(funnel, 'demo', 'qual')).toBe(false);
  });
});
