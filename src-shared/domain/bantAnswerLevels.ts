import { differenceInCalendarDays, endOfQuarter, format, parseISO } from 'date-fns';
import type { BantAnswers, BantLevel } from './bantScore';

/** What a pain is about: the categories the need part is asked in. */
export const BANT_NEED_CATEGORIES = ['cost', 'revenue', 'efficiency', 'risk', 'growth', 'other'] as const;
export type BantNeedCategory = (typeof BANT_NEED_CATEGORIES)[number];

/** The form's answers as the rep gives them; null is "not asked yet". */
export type BantDetails = {
  /** The budget the buyer named, in minor units; 0 is "there is no budget". */
  budgetMinor: number | null;
  budgetConfirmed: boolean | null;
  authorityContactId: string | null;
  /** The contact role (contacts.role) of whoever decides. */
  authorityRole: string | null;
  needPain: string | null;
  needCategory: BantNeedCategory | null;
  /** A target calendar date (YYYY-MM-DD), or failing that a quarter (YYYY-Qn). */
  timingDate: string | null;
  timingQuarter: string | null;
};

export const EMPTY_BANT_DETAILS: BantDetails = {
  budgetMinor: null,
  budgetConfirmed: null,
  authorityContactId: null,
  authorityRole: null,
  needPain: null,
  needCategory: null,
  timingDate: null,
  timingQuarter: null,
};

/** A buying decision within this many days of today is near (3); within the longer, medium (2). */
export const BANT_TIMING_NEAR_DAYS = 92;
export const BANT_TIMING_MEDIUM_DAYS = 183;

const DECIDING_ROLES = new Set(['decision_maker', 'economic_buyer']);
const INFLUENCING_ROLES = new Set(['champion', 'influencer']);
const QUARTER = /^(\d{4})-Q([1-4])$/;

const budgetLevel = ({ budgetMinor: amount, budgetConfirmed: confirmed }: BantDetails): BantLevel | null => {
  if (amount === null && confirmed === null) return null;
  if (amount === 0) return 0;
  if (amount !== null && confirmed === true) return 3;
  // A named but unconfirmed amount, or a confirmed budget of unknown size: partly there.
  if (amount !== null || confirmed === true) return 2;
  return 1;
};

const authorityLevel = ({ authorityContactId: contact, authorityRole: role }: BantDetails): BantLevel | null => {
  if (contact === null && role === null) return null;
  const byRole: BantLevel = role === null ? 1 : DECIDING_ROLES.has(role) ? 3 : INFLUENCING_ROLES.has(role) ? 2 : 1;
  // The decider must be a named person to be confirmed.
  return contact === null ? (Math.min(byRole, 2) as BantLevel) : byRole;
};

const needLevel = ({ needPain, needCategory }: BantDetails): BantLevel | null => {
  const pain = (needPain ?? '').trim() !== '';
  if (pain && needCategory !== null) return 3;
  if (pain) return 2;
  return needCategory !== null ? 1 : null;
};

/** The last day of a "YYYY-Qn" quarter, or null when the text is not one. */
export const quarterEnd = (quarter: string): string | null => {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  const firstMonth = (Number(match[2]) - 1) * 3 + 1;
  const first = parseISO(`${match[1]}-${String(firstMonth).padStart(2, '0')}-01`);
  return format(endOfQuarter(first), 'yyyy-MM-dd');
};

const timingLevel = ({ timingDate, timingQuarter }: BantDetails, today: string): BantLevel | null => {
  const target = timingDate ?? (timingQuarter === null ? null : quarterEnd(timingQuarter));
  if (target === null) return null;
  const days = differenceInCalendarDays(parseISO(target), parseISO(today));
  // A date already passed slipped: unclear until asked again.
  if (days < 0) return 1;
  if (days <= BANT_TIMING_NEAR_DAYS) return 3;
  return days <= BANT_TIMING_MEDIUM_DAYS ? 2 : 1;
};

/**
 * Each BANT part's level (0 no … 3 confirmed, null not asked) from the rep's answers, `today`
 * being the workspace's calendar date (timing is judged by how near the target is).
 */
export const bantAnswerLevels = (details: BantDetails, today: string): BantAnswers => ({
  budget: budgetLevel(details),
  authority: authorityLevel(details),
  need: needLevel(details),
  timing: timingLevel(details, today),
});
