import type { FunnelStep } from './funnelSteps';

/**
 * What a new workspace starts with. Ids are fixed so that two devices which both start empty
 * converge on one default pipeline when they sync. Names come from the i18n catalogues by key
 * (`defaults.<kind>.<key>`) until a user renames them.
 */
const wellKnownId = (n: number): string => `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export type DefaultStage = {
  id: string;
  key: string;
  step: FunnelStep;
  probability: number;
  rotDays: number | null;
  slaHours: number | null;
  controlPoints: { id: string; key: string; required: boolean }[];
};

export const DEFAULT_PIPELINE = { id: wellKnownId(0x100), key: 'sales' } as const;

let nextControlPoint = 0x300;
const cp = (key: string, required = true) => ({ id: wellKnownId(nextControlPoint++), key, required });

export const DEFAULT_STAGES: readonly DefaultStage[] = [
  {
    id: wellKnownId(0x201),
    key: 'new_lead',
    step: 'awareness',
    probability: 0.05,
    rotDays: 3,
    slaHours: 4,
    controlPoints: [],
  },
  {
    id: wellKnownId(0x202),
    key: 'qualification',
    step: 'interest',
    probability: 0.15,
    rotDays: 10,
    slaHours: 24,
    controlPoints: [cp('budget_confirmed'), cp('authority_confirmed'), cp('need_confirmed'), cp('timing_confirmed')],
  },
  {
    id: wellKnownId(0x203),
    key: 'proposal',
    step: 'consideration',
    probability: 0.35,
    rotDays: 21,
    slaHours: 72,
    controlPoints: [cp('demo_held'), cp('proposal_sent')],
  },
  {
    id: wellKnownId(0x204),
    key: 'negotiation',
    step: 'intent',
    probability: 0.6,
    rotDays: 21,
    slaHours: 72,
    controlPoints: [cp('objections_recorded'), cp('terms_agreed')],
  },
  {
    id: wellKnownId(0x205),
    key: 'contract',
    step: 'purchase',
    probability: 0.85,
    rotDays: 14,
    slaHours: 48,
    controlPoints: [cp('contract_signed'), cp('invoice_issued'), cp('payment_received')],
  },
  {
    id: wellKnownId(0x206),
    key: 'customer',
    step: 'retention',
    probability: 1,
    rotDays: 30,
    slaHours: null,
    controlPoints: [cp('onboarding_done'), cp('feedback_requested', false)],
  },
];

export const DEFAULT_LOSS_REASONS = [
  'price',
  'competitor',
  'no_budget',
  'no_decision',
  'timing',
  'not_a_fit',
  'no_response',
  'other',
].map((key, index) => ({ id: wellKnownId(0x400 + index), key }));

export const DEFAULT_LEAD_SOURCES = [
  'website',
  'inbound_call',
  'referral',
  'cold_outreach',
  'event',
  'partner',
  'advertising',
].map((key, index) => ({ id: wellKnownId(0x500 + index), key }));
