import type { Language } from '@shared/contract/schemas/common';
import type { CustomField } from '@shared/contract/schemas/customFields';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import type { TimelineEntryOut } from '@shared/contract/schemas/history';
import type { TimelinePage } from '@shared/contract/schemas/timeline';
import { type DefaultKind, displayName } from '@shared/i18n/displayName';
import { formatMoney } from '@shared/i18n/formatMoney';
import { isCalendarDate } from '@shared/domain/calendarDate';
import { formatCalendarDate } from '@shared/i18n/formatDates';
import type { Translate } from '@shared/i18n/Translate';
import { describeActivity } from '../../activities/utils/describeActivity';
import { customValueLabel } from '../../customFields/utils/customValueLabel';
import type { FoldedEntry } from './foldTimeline';

export type TimelineTone = 'stage' | 'won' | 'lost' | 'field' | 'check' | 'neutral' | 'activity';

/** One timeline line (deal drawer, company page): what happened, and for a field edit the old and new values. */
export type TimelineLine = {
  tone: TimelineTone;
  text: string;
  change?: { from: string; to: string };
  /** A second line (the reason and note of a loss). */
  detail?: string;
};

type Refs = TimelinePage['refs'];

/** Whose timeline it is: a company's own field edits are company fields. */
export type TimelineSubject = 'deal' | 'company' | 'contact';

const REF_DEFAULT_KINDS: Partial<Record<Refs[string]['kind'], DefaultKind>> = {
  stage: 'stage',
  pipeline: 'pipeline',
  leadSource: 'leadSource',
  lossReason: 'lossReason',
  controlPoint: 'controlPoint',
};

/** Contract field → its label key under `deal.fields` (or `dealDrawer.fields`). */
const FIELD_LABELS: Record<string, string> = {
  title: 'deal.fields.title',
  valueMinor: 'deal.fields.value',
  currency: 'deal.fields.currency',
  kind: 'deal.fields.kind',
  ownerId: 'deal.fields.owner',
  companyId: 'deal.fields.company',
  contactId: 'deal.fields.contact',
  sourceId: 'deal.fields.source',
  campaignId: 'deal.fields.campaign',
  expectedCloseOn: 'deal.fields.expectedCloseOn',
  notes: 'deal.fields.notes',
  lossReasonId: 'deal.fields.lossReason',
  lossNote: 'dealDrawer.fields.lossNote',
  bantBudget: 'leads.bant.parts.budget',
  bantAuthority: 'leads.bant.parts.authority',
  bantNeed: 'leads.bant.parts.need',
  bantTiming: 'leads.bant.parts.timing',
  bantScore: 'leads.bant.score',
  bantBudgetMinor: 'leads.bant.budgetAmount',
  bantBudgetConfirmed: 'leads.bant.budgetConfirmed',
  bantAuthorityContactId: 'leads.bant.decider',
  bantAuthorityRole: 'leads.bant.role',
  bantNeedPain: 'leads.bant.pain',
  bantNeedCategory: 'leads.bant.category',
  bantTimingDate: 'leads.bant.targetDate',
  bantTimingQuarter: 'leads.bant.targetQuarter',
};

/** A company's fields (contract names) → their label keys. */
const COMPANY_FIELD_LABELS: Record<string, string> = Object.fromEntries(
  ['name', 'inn', 'kpp', 'ogrn', 'industry', 'size', 'region', 'segment', 'website', 'phone', 'email', 'notes']
    .map((field) => [field, `companies.fields.${field}`])
    .concat([['ownerId', 'companies.fields.owner']]),
);

const CONTACT_FIELD_LABELS: Record<string, string> = Object.fromEntries(
  ['name', 'jobTitle', 'role', 'persona', 'email', 'phone', 'notes']
    .map((field) => [field, `contacts.fields.${field}`])
    .concat([
      ['ownerId', 'contacts.fields.owner'],
      ['companyId', 'contacts.fields.company'],
    ]),
);

/** A record's own field labels on its timeline; a deal's for a deal (and for a deal's lines elsewhere). */
const fieldLabels = (subject: TimelineSubject | undefined): Record<string, string> =>
  subject === 'company' ? COMPANY_FIELD_LABELS : subject === 'contact' ? CONTACT_FIELD_LABELS : FIELD_LABELS;

/** A field's name as its record's timeline shows it (its contract name when it has no label). */
export const timelineFieldLabel = (field: string, subject: TimelineSubject | undefined, t: Translate): string => {
  const label = fieldLabels(subject)[field];
  return label ? t(label) : field;
};

/** Where a record's own created/deleted/restored lines are worded: a company's, a contact's or a deal's. */
const ownLinesOf = (subject: TimelineSubject | undefined): string =>
  subject === 'company' ? 'companies' : subject === 'contact' ? 'contacts' : 'dealDrawer';

const COMPANY_SIZES = new Set(['micro', 'small', 'medium', 'large', 'enterprise']);

const BANT_LEVEL_FIELDS = new Set(['bantBudget', 'bantAuthority', 'bantNeed', 'bantTiming']);

const ID_FIELDS = new Set([
  'ownerId',
  'companyId',
  'contactId',
  'sourceId',
  'campaignId',
  'lossReasonId',
  'bantAuthorityContactId',
]);

const MAX_TEXT = 80;

export type DescribeContext = {
  refs: Refs;
  t: Translate;
  language: Language;
  currency: string;
  /** Left out: a deal's. */
  subject?: TimelineSubject;
  /** The record's custom fields by id, archived ones too (their history stays). */
  customFields?: ReadonlyMap<string, CustomField>;
  /** Custom date-times are shown in the workspace zone. */
  timeZone?: string;
  /**
   * Texts whole, not cut at MAX_TEXT: a sync conflict's two values often differ only at the end
   * (a long title with a word added), and cut they read the same.
   */
  wholeText?: boolean;
};

const cutText = (text: string, context: DescribeContext): string =>
  context.wholeText || text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;

const refName = (id: unknown, context: DescribeContext): string => {
  if (typeof id !== 'string') return context.t('common.none');
  const ref = context.refs[id];
  if (!ref) return context.t('common.none');
  return displayName(ref, context.t, REF_DEFAULT_KINDS[ref.kind]) || context.t('common.none');
};

const valueText = (field: string, value: unknown, context: DescribeContext): string => {
  const { t, language } = context;
  if (value === null || value === undefined || value === '') return t('common.none');
  if (ID_FIELDS.has(field)) return refName(value, context);
  if (context.subject === 'contact') {
    if (field === 'role' && typeof value === 'string') return t(`contacts.roles.${value}`);
    return cutText(String(value), context);
  }
  if (context.subject === 'company') {
    if (field === 'size' && typeof value === 'string' && COMPANY_SIZES.has(value)) return t(`companies.sizes.${value}`);
    return cutText(String(value), context);
  }
  if (BANT_LEVEL_FIELDS.has(field) && typeof value === 'number') return context.t(`leads.bant.levels.${value}`);
  if ((field === 'valueMinor' || field === 'bantBudgetMinor') && typeof value === 'number')
    return formatMoney(value, context.currency, language);
  if (field === 'bantBudgetConfirmed') return t(value === 1 || value === true ? 'common.yes' : 'common.no');
  if (field === 'bantAuthorityRole' && typeof value === 'string') return t(`contacts.roles.${value}`);
  if (field === 'bantNeedCategory' && typeof value === 'string') return t(`leads.bant.categories.${value}`);
  if (field === 'bantTimingDate' && typeof value === 'string' && isCalendarDate(value)) {
    return formatCalendarDate(value, language);
  }
  if (field === 'expectedCloseOn' && typeof value === 'string' && isCalendarDate(value)) {
    return formatCalendarDate(value, language);
  }
  if (field === 'kind' && typeof value === 'string') return t(`deal.kind.${value}`);
  return cutText(String(value), context);
};

/** "Tender number: — → T-123": the field's name in the UI language, each value formatted by its type. */
const customLine = (entry: Extract<TimelineEntryOut, { kind: 'custom' }>, context: DescribeContext): TimelineLine => {
  const { t } = context;
  const field = context.customFields?.get(entry.fieldId);
  const labelContext = {
    ...context,
    timeZone: context.timeZone ?? 'UTC',
    nameOf: (id: string) => refName(id, context),
  };
  const text = (value: typeof entry.newValue) =>
    field ? customValueLabel(field, value, labelContext) : cutText(JSON.stringify(value), context);
  return {
    tone: 'field',
    text: t('dealDrawer.timeline.field', {
      field: field ? customFieldName(field, context.language) : t('common.none'),
    }),
    change: { from: cutText(text(entry.oldValue), context), to: cutText(text(entry.newValue), context) },
  };
};

const lossDetail = (folded: FoldedEntry, context: DescribeContext): string | undefined => {
  if (typeof folded.lossReasonId !== 'string') return undefined;
  const reason = context.t('dealDrawer.timeline.lossReason', { reason: refName(folded.lossReasonId, context) });
  return typeof folded.lossNote === 'string' && folded.lossNote !== '' ? `${reason} — ${folded.lossNote}` : reason;
};

/** A timeline entry as the timeline says it, in the UI language, with names resolved from `refs`. */
export const describeTimelineEntry = (folded: FoldedEntry, context: DescribeContext): TimelineLine => {
  const { t } = context;
  const { entry } = folded;
  switch (entry.kind) {
    case 'created':
      // On a company's or contact's timeline a creation without a stage is the record's own.
      if (context.subject !== 'deal' && context.subject !== undefined && entry.stageId === null)
        return { tone: 'neutral', text: t(`${ownLinesOf(context.subject)}.timeline.created`) };
      return { tone: 'neutral', text: t('dealDrawer.timeline.created', { stage: refName(entry.stageId, context) }) };
    case 'stage':
      if (entry.toStatus === 'won') return { tone: 'won', text: t('dealDrawer.timeline.won') };
      if (entry.toStatus === 'lost') {
        const detail = lossDetail(folded, context);
        return { tone: 'lost', text: t('dealDrawer.timeline.lost'), ...(detail ? { detail } : {}) };
      }
      if (entry.fromStatus !== 'open' && entry.fromStatus !== null) {
        return { tone: 'stage', text: t('dealDrawer.timeline.reopened') };
      }
      return {
        tone: 'stage',
        text: t('dealDrawer.timeline.moved'),
        change: { from: refName(entry.fromStageId, context), to: refName(entry.toStageId, context) },
      };
    case 'field': {
      const label = fieldLabels(context.subject)[entry.field];
      return {
        tone: 'field',
        text: t('dealDrawer.timeline.field', { field: label ? t(label) : entry.field }),
        change: {
          from: valueText(entry.field, entry.oldValue, context),
          to: valueText(entry.field, entry.newValue, context),
        },
      };
    }
    case 'custom':
      return customLine(entry, context);
    case 'check':
      return {
        tone: 'check',
        text: t(entry.checked ? 'dealDrawer.timeline.checked' : 'dealDrawer.timeline.unchecked', {
          item: refName(entry.controlPointId, context),
        }),
      };
    case 'deleted':
    case 'restored': {
      const key = `${ownLinesOf(context.subject)}.timeline.${entry.kind}`;
      return { tone: entry.kind === 'deleted' ? 'lost' : 'neutral', text: t(key) };
    }
    case 'activity': {
      const { title, details } = describeActivity(entry.activity, t, context.language);
      const notes = entry.activity.body ? [entry.activity.body] : [];
      const detail = [details.join(' · '), ...notes].filter((part) => part !== '').join(' — ');
      return { tone: 'activity', text: title, ...(detail ? { detail } : {}) };
    }
  }
};
