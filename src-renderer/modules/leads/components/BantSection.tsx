import type { Deal } from '@shared/contract/schemas/deals';
import type { LeadBant } from '@shared/contract/schemas/leads';
import { CONTACT_ROLES } from '@shared/contract/schemas/contacts';
import { BANT_NEED_CATEGORIES, type BantNeedCategory } from '@shared/domain/bantAnswerLevels';
import { BANT_PARTS, DEFAULT_BANT_WEIGHTS } from '@shared/domain/bantScore';
import { calendarDateInZone } from '@shared/domain/calendarDate';
import { scoreBant } from '@shared/domain/scoreBant';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Field } from '../../../ui/form/Field';
import { Select } from '../../../ui/form/Select';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { LoseDealDialog } from '../../board/components/LoseDealDialog';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useBantOutcome } from '../hooks/useBantOutcome';
import { useNow } from '../hooks/useNow';
import { type BantDraft, detailsOf, draftOf } from '../utils/bantDraft';
import { quarterOptions } from '../utils/quarterOptions';
import './BantSection.css';

export type BantDeal = Pick<Deal, 'id' | 'title' | 'pipelineId' | 'stageId' | 'status' | 'currency' | 'companyId'>;

const nullable = (value: string): string | null => (value === '' ? null : value);

/** The score and each part's points (with its weight), computed live by the core's own scoreBant. */
const BantScoreBar = ({
  score,
  parts,
  weights,
}: ReturnType<typeof scoreBant> & { weights: typeof DEFAULT_BANT_WEIGHTS }) => {
  const { t } = useTranslation();
  return (
    <div className="bant-summary">
      <p className="bant-score" data-testid="bant-score">
        {score === null ? t('leads.bant.notScored') : t('leads.bant.scoreValue', { score })}
      </p>
      <ul className="bant-contributions">
        {BANT_PARTS.map((part) => (
          <li key={part} className="bant-contribution" title={t('leads.bant.weights', { weight: weights[part] })}>
            <span className="bant-contribution-label">{t(`leads.bant.parts.${part}`)}</span>
            <span className="num" data-testid={`bant-points-${part}`}>
              {t('leads.bant.points', { points: Math.round(parts[part]) })}
            </span>
            <span className="muted num">/{weights[part]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
};

/**
 * The BANT form (deal drawer, and the inbox's qualification dialog): budget (amount, confirmed?),
 * authority (who decides and their role), need (pain in words, category), timing (date or
 * quarter). The score and each part's points come live from the same pure function the core
 * stores; Save, Qualify and Disqualify are one write each.
 */
type FormProps = { deal: BantDeal; stored: LeadBant; onDecided?: (() => void) | undefined };

const BantForm = ({ deal, stored, onDecided }: FormProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useSettingsStore((state) => state.settings);
  // Timing is judged against today: the minute clock is plenty.
  const now = useNow(60_000);
  const weights = settings?.['bant.weights'] ?? DEFAULT_BANT_WEIGHTS;
  const today = calendarDateInZone(now, settings?.['workspace.timeZone'] ?? 'Europe/Moscow');
  const contacts = useLiveQuery('contacts.list', deal.companyId ? { companyId: deal.companyId, limit: 100 } : null, [
    'contacts',
  ]).data;
  const { submit, busy, stages } = useBantOutcome(deal);
  // Edits belong to the stored answers they started from; new stored answers start afresh.
  const [draft, setDraft] = useState<{ from: string; value: BantDraft } | null>(null);
  const [disqualifying, setDisqualifying] = useState(false);
  const from = JSON.stringify(stored);
  const value = draft && draft.from === from ? draft.value : draftOf(stored, deal.currency, language);
  const set = (patch: Partial<BantDraft>) => setDraft({ from, value: { ...value, ...patch } });
  const { details, budgetInvalid } = detailsOf(value, deal.currency);
  const evaluation = scoreBant(details, weights, today);
  const complete = BANT_PARTS.every((part) => evaluation.levels[part] !== null);
  const changed = JSON.stringify(value) !== JSON.stringify(draftOf(stored, deal.currency, language));
  useUnsavedChanges(changed);
  const step = stages?.find((stage) => stage.id === deal.stageId)?.funnelStep;
  const decidable = deal.status === 'open' && (step === 'awareness' || step === 'interest');
  const quarters = quarterOptions(today);
  if (value.timingQuarter && !quarters.includes(value.timingQuarter)) quarters.unshift(value.timingQuarter);
  const id = (name: string) => `bant-${deal.id}-${name}`;

  const decide = async (choice: Parameters<typeof submit>[1]) => {
    if (await submit(details, choice)) {
      setDraft(null);
      if (choice.outcome !== 'save') onDecided?.();
    }
  };

  return (
    <div className="bant" data-testid="bant-section">
      <BantScoreBar {...evaluation} weights={weights} />
      <fieldset className="bant-part" data-testid="bant-budget">
        <legend>{t('leads.bant.parts.budget')}</legend>
        <Field
          id={id('budget')}
          label={t('leads.bant.budgetAmount') + `, ${deal.currency}`}
          error={budgetInvalid ? t('issues.money') : undefined}
        >
          <input
            id={id('budget')}
            className="input num"
            inputMode="decimal"
            value={value.budgetText}
            aria-invalid={budgetInvalid ? 'true' : undefined}
            onChange={(event) => set({ budgetText: event.target.value })}
          />
        </Field>
        <Field id={id('confirmed')} label={t('leads.bant.budgetConfirmed')}>
          <Select
            id={id('confirmed')}
            value={value.budgetConfirmed === null ? '' : value.budgetConfirmed ? 'yes' : 'no'}
            onChange={(event) =>
              set({ budgetConfirmed: event.target.value === '' ? null : event.target.value === 'yes' })
            }
          >
            <option value="">{t('leads.bant.notAsked')}</option>
            <option value="yes">{t('common.yes')}</option>
            <option value="no">{t('common.no')}</option>
          </Select>
        </Field>
      </fieldset>
      <fieldset className="bant-part" data-testid="bant-authority">
        <legend>{t('leads.bant.parts.authority')}</legend>
        <Field id={id('decider')} label={t('leads.bant.decider')}>
          <Select
            id={id('decider')}
            value={value.authorityContactId ?? ''}
            onChange={(event) => {
              const contact = contacts?.rows.find((row) => row.id === event.target.value);
              set({
                authorityContactId: nullable(event.target.value),
                // The contact's own role is the likely answer; the rep may still change it.
                ...(contact?.role && !value.authorityRole ? { authorityRole: contact.role } : {}),
              });
            }}
          >
            <option value="">{t('leads.bant.noDecider')}</option>
            {(contacts?.rows ?? []).map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.jobTitle ? `${contact.name} · ${contact.jobTitle}` : contact.name}
              </option>
            ))}
            {value.authorityContactId && !contacts?.rows.some((row) => row.id === value.authorityContactId) ? (
              <option value={value.authorityContactId}>{t('leads.bant.decider')}</option>
            ) : null}
          </Select>
        </Field>
        <Field id={id('role')} label={t('leads.bant.role')}>
          <Select
            id={id('role')}
            value={value.authorityRole ?? ''}
            onChange={(event) => set({ authorityRole: nullable(event.target.value) })}
          >
            <option value="">{t('leads.bant.notAsked')}</option>
            {CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`contacts.roles.${role}`)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <fieldset className="bant-part bant-part-wide" data-testid="bant-need">
        <legend>{t('leads.bant.parts.need')}</legend>
        <Field id={id('pain')} label={t('leads.bant.pain')}>
          <textarea
            id={id('pain')}
            className="input textarea"
            rows={2}
            maxLength={2000}
            placeholder={t('leads.bant.painPlaceholder')}
            value={value.needPain}
            onChange={(event) => set({ needPain: event.target.value })}
          />
        </Field>
        <Field id={id('category')} label={t('leads.bant.category')}>
          <Select
            id={id('category')}
            value={value.needCategory ?? ''}
            onChange={(event) => set({ needCategory: nullable(event.target.value) as BantNeedCategory | null })}
          >
            <option value="">{t('leads.bant.notAsked')}</option>
            {BANT_NEED_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`leads.bant.categories.${category}`)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <fieldset className="bant-part bant-part-wide bant-part-halves" data-testid="bant-timing">
        <legend>{t('leads.bant.parts.timing')}</legend>
        <Field id={id('date')} label={t('leads.bant.targetDate')}>
          <input
            id={id('date')}
            type="date"
            className="input"
            value={value.timingDate ?? ''}
            onChange={(event) => set({ timingDate: nullable(event.target.value) })}
          />
        </Field>
        <Field id={id('quarter')} label={t('leads.bant.targetQuarter')}>
          <Select
            id={id('quarter')}
            value={value.timingQuarter ?? ''}
            onChange={(event) => set({ timingQuarter: nullable(event.target.value) })}
          >
            <option value="">{t('leads.bant.noValue')}</option>
            {quarters.map((quarter) => (
              <option key={quarter} value={quarter}>
                {t('leads.bant.quarterLabel', { year: quarter.slice(0, 4), quarter: quarter.slice(6) })}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <p className="muted bant-hint">{t('leads.bant.ticksHint')}</p>
      <div className="bant-actions">
        <button
          type="button"
          className="button"
          disabled={!changed || busy || budgetInvalid}
          onClick={() => void decide({ outcome: 'save' })}
        >
          {t('leads.bant.save')}
        </button>
        {decidable ? (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={!complete || busy || budgetInvalid}
              title={complete ? undefined : t('conflictReasons.bant_incomplete')}
              onClick={() => void decide({ outcome: 'qualified' })}
            >
              {t('leads.bant.qualify')}
            </button>
            <button
              type="button"
              className="button button-lost"
              disabled={busy || budgetInvalid}
              onClick={() => setDisqualifying(true)}
            >
              {t('leads.bant.disqualify')}
            </button>
          </>
        ) : null}
      </div>
      <LoseDealDialog
        dealTitle={disqualifying ? deal.title : null}
        title={t('leads.bant.disqualifyTitle')}
        onClose={() => setDisqualifying(false)}
        onConfirm={(lossReasonId, note) => {
          setDisqualifying(false);
          void decide({ outcome: 'disqualified', lossReasonId, note });
        }}
      />
    </div>
  );
};

/**
 * The BANT form (deal drawer, and the inbox's qualification dialog) on the deal's stored answers.
 */
export const BantSection = ({ deal, onDecided }: { deal: BantDeal; onDecided?: () => void }) => {
  const stored = useLiveQuery('leads.bant', { id: deal.id }, ['deals']).data;
  return stored ? <BantForm deal={deal} stored={stored} onDecided={onDecided} /> : null;
};
