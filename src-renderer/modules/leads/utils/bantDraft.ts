import type { LeadBant } from '@shared/contract/schemas/leads';
import type { Language } from '@shared/contract/schemas/common';
import type { BantDetails, BantNeedCategory } from '@shared/domain/bantAnswerLevels';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { toMoneyInput } from '../../dealDrawer/utils/moneyInput';

/** The BANT form as typed: the amount as text (parsed on every change), the rest as the answers. */
export type BantDraft = Omit<BantDetails, 'budgetMinor' | 'needPain'> & { budgetText: string; needPain: string };

export const draftOf = (stored: LeadBant, currency: string, language: Language): BantDraft => ({
  budgetText: stored.budgetMinor === null ? '' : toMoneyInput(stored.budgetMinor, currency, language),
  budgetConfirmed: stored.budgetConfirmed,
  authorityContactId: stored.authorityContactId,
  authorityRole: stored.authorityRole,
  needPain: stored.needPain ?? '',
  needCategory: stored.needCategory as BantNeedCategory | null,
  timingDate: stored.timingDate,
  timingQuarter: stored.timingQuarter,
});

/** The draft's answers, or null for the amount when its text is not an amount (the form says so). */
export const detailsOf = (draft: BantDraft, currency: string): { details: BantDetails; budgetInvalid: boolean } => {
  const text = draft.budgetText.trim();
  const minor = text === '' ? null : parseMoneyInput(text, currencyExponent(currency));
  const { budgetText: _text, ...rest } = draft;
  return {
    details: { ...rest, budgetMinor: minor, needPain: draft.needPain.trim() === '' ? null : draft.needPain.trim() },
    budgetInvalid: text !== '' && minor === null,
  };
};
