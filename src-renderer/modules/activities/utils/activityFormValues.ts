import type { Activity, ActivityLogInput, ActivityType } from '@shared/contract/schemas/activities';
import { ACTIVITY_DETAIL_TYPES } from '@shared/domain/activities/activityDetailTypes';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { dateTimeInput } from './dateTimeInput';

/** The log form as typed: text boxes hold strings, choices hold '' for "not set". */
export type ActivityFormValues = {
  type: ActivityType;
  direction: string;
  outcome: string;
  durationMin: string;
  amount: string;
  currency: string;
  fileRef: string;
  contentKind: string;
  engagement: string;
  subject: string;
  body: string;
  doneAt: string;
};

export const emptyActivityForm = (now: number, timeZone: string, currency: string): ActivityFormValues => ({
  type: 'call',
  direction: 'outbound',
  outcome: '',
  durationMin: '',
  amount: '',
  currency,
  fileRef: '',
  contentKind: '',
  engagement: '',
  subject: '',
  body: '',
  doneAt: dateTimeInput.from(now, timeZone),
});

export const activityToFormValues = (activity: Activity, timeZone: string, currency: string): ActivityFormValues => ({
  type: activity.type,
  direction: activity.direction ?? '',
  outcome: activity.outcome ?? '',
  durationMin: activity.durationSec === null ? '' : String(Math.round(activity.durationSec / 60)),
  amount:
    activity.amountMinor === null
      ? ''
      : String(activity.amountMinor / 10 ** currencyExponent(activity.currency ?? currency)),
  currency: activity.currency ?? currency,
  fileRef: activity.fileRef ?? '',
  contentKind: activity.contentKind ?? '',
  engagement: activity.engagement ?? '',
  subject: activity.subject,
  body: activity.body ?? '',
  doneAt: dateTimeInput.from(activity.doneAt ?? activity.createdAt, timeZone),
});

const has = (type: ActivityType, field: keyof typeof ACTIVITY_DETAIL_TYPES) =>
  ACTIVITY_DETAIL_TYPES[field].includes(type);
const choice = <T extends string>(value: string): T | null => (value === '' ? null : (value as T));

/** What the form sends: only the details its type has (the rest null), times in the workspace zone. */
export const activityFormInput = (
  values: ActivityFormValues,
  timeZone: string,
  /** The time box as the form opened: left as it was, the time is not sent (a new log is "now" to the second). */
  initialDoneAt: string,
): Omit<ActivityLogInput, 'dealId' | 'companyId' | 'contactId' | 'ownerId'> => {
  const { type } = values;
  const minutes = values.durationMin.trim() === '' ? null : Number(values.durationMin.replace(',', '.'));
  const amount = values.amount.trim() === '' ? null : parseMoneyInput(values.amount, currencyExponent(values.currency));
  return {
    type,
    direction: has(type, 'direction') ? choice(values.direction) : null,
    outcome: has(type, 'outcome') ? choice(values.outcome) : null,
    durationSec: has(type, 'durationSec') && minutes !== null ? Math.round(minutes * 60) : null,
    amountMinor: has(type, 'amountMinor') && typeof amount === 'number' ? amount : null,
    currency: has(type, 'amountMinor') && amount !== null ? values.currency : null,
    fileRef: has(type, 'fileRef') ? values.fileRef : null,
    contentKind: has(type, 'contentKind') ? choice(values.contentKind) : null,
    engagement: has(type, 'engagement') ? choice(values.engagement) : null,
    subject: values.subject,
    body: values.body,
    ...(values.doneAt.trim() === '' || values.doneAt === initialDoneAt
      ? {}
      : { doneAt: dateTimeInput.to(values.doneAt, timeZone) ?? -1 }),
  };
};
