/** The six B2B funnel steps, in order. Every pipeline stage maps to one of them. */
export const FUNNEL_STEPS = ['awareness', 'interest', 'consideration', 'intent', 'purchase', 'retention'] as const;

export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const funnelStepIndex = (step: FunnelStep): number => FUNNEL_STEPS.indexOf(step);
