import type { LeadBant } from '@shared/contract/schemas/leads';
import { BANT_PARTS, type BantAnswers, type BantLevel, bantScore } from '@shared/domain/bantScore';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import './BantSection.css';

const LEVELS: BantLevel[] = [0, 1, 2, 3];
const answersOf = (bant: LeadBant): BantAnswers => ({
  budget: bant.budget,
  authority: bant.authority,
  need: bant.need,
  timing: bant.timing,
});

/**
 * The deal drawer's BANT form: a level per part, the score and each part's points computed live by
 * the same pure function the core stores, saved in one write (confirmed parts tick their items).
 */
export const BantSection = ({ dealId }: { dealId: string }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const stored = useLiveQuery('leads.bant', { id: dealId }, ['deals']).data;
  // The user's edits belong to the stored answers they started from; new stored answers start afresh.
  const [draft, setDraft] = useState<{ from: string; answers: BantAnswers } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!stored) return null;
  const from = JSON.stringify(stored);
  const answers = draft && draft.from === from ? draft.answers : answersOf(stored);
  const setAnswers = (next: BantAnswers) => setDraft({ from, answers: next });
  const { score, parts } = bantScore(answers);
  const changed = BANT_PARTS.some((part) => answers[part] !== stored[part]);

  const save = async () => {
    setSaving(true);
    try {
      const saved = await client.call('leads.qualify', { id: dealId, ...answers });
      pushToast({ tone: 'success', message: t('leads.bant.saved', { score: saved.score ?? 0 }) });
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="bant" data-testid="bant-section">
      <p className="bant-score" data-testid="bant-score">
        {score === null ? t('leads.bant.notScored') : t('leads.bant.scoreValue', { score })}
      </p>
      <div className="bant-parts">
        {BANT_PARTS.map((part) => (
          <label key={part} className="bant-part">
            <span className="bant-part-label">{t(`leads.bant.parts.${part}`)}</span>
            <Select
              aria-label={t(`leads.bant.parts.${part}`)}
              value={answers[part] === null ? '' : String(answers[part])}
              onChange={(event) =>
                setAnswers({
                  ...answers,
                  [part]: event.target.value === '' ? null : (Number(event.target.value) as BantLevel),
                })
              }
            >
              <option value="">{t('leads.bant.notAsked')}</option>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`leads.bant.levels.${level}`)}
                </option>
              ))}
            </Select>
            <span className="bant-points num" data-testid={`bant-points-${part}`}>
              {t('leads.bant.points', { points: Math.round(parts[part]) })}
            </span>
          </label>
        ))}
      </div>
      <p className="muted bant-hint">{t('leads.bant.ticksHint')}</p>
      <button type="button" className="button" disabled={!changed || saving} onClick={() => void save()}>
        {t('leads.bant.save')}
      </button>
    </div>
  );
};
