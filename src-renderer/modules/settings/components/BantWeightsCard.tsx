import { BANT_PARTS, type BantPart, type BantWeights, DEFAULT_BANT_WEIGHTS } from '@shared/domain/bantScore';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { useSettingsStore } from '../stores/settingsStore';
import { SettingCard } from './SettingCard';

const sumOf = (weights: Record<BantPart, string>): number =>
  BANT_PARTS.reduce((sum, part) => sum + (Number(weights[part]) || 0), 0);

const isWhole = (text: string): boolean => /^\d{1,3}$/.test(text.trim()) && Number(text) <= 100;

/**
 * Each BANT part's share of the 100-point score: four whole numbers that must add up to 100 (the
 * running sum says how far off they are), saved together.
 */
export const BantWeightsCard = () => {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const push = useToastStore((state) => state.push);
  const stored = useSettingsStore((state) => state.settings?.['bant.weights'] ?? DEFAULT_BANT_WEIGHTS);
  const [draft, setDraft] = useState<{ from: BantWeights; text: Record<BantPart, string> } | null>(null);
  const text =
    draft && draft.from === stored
      ? draft.text
      : (Object.fromEntries(BANT_PARTS.map((part) => [part, String(stored[part])])) as Record<BantPart, string>);
  const valid = BANT_PARTS.every((part) => isWhole(text[part]));
  const sum = sumOf(text);
  const changed = BANT_PARTS.some((part) => text[part] !== String(stored[part]));

  const submit = async () => {
    const weights = Object.fromEntries(BANT_PARTS.map((part) => [part, Number(text[part])])) as BantWeights;
    if (await save({ 'bant.weights': weights })) push({ tone: 'success', message: t('settings.saved') });
  };

  return (
    <SettingCard title={t('settings.bantWeights.title')} description={t('settings.bantWeights.description')}>
      <form
        className="bant-weights"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="bant-weights-row">
          {BANT_PARTS.map((part) => (
            <label key={part} className="bant-weight">
              <span className="field-label">{t(`leads.bant.parts.${part}`)}</span>
              <input
                className="input num"
                inputMode="numeric"
                value={text[part]}
                aria-invalid={isWhole(text[part]) ? undefined : 'true'}
                onChange={(event) => setDraft({ from: stored, text: { ...text, [part]: event.target.value } })}
              />
            </label>
          ))}
        </div>
        <p
          className={valid && sum === 100 ? 'bant-weights-sum muted' : 'bant-weights-sum field-error'}
          data-testid="bant-weights-sum"
        >
          {valid ? t('settings.bantWeights.sum', { sum }) : t('settings.bantWeights.whole')}
        </p>
        <button type="submit" className="button" disabled={!changed || !valid || sum !== 100}>
          {t('settings.bantWeights.save')}
        </button>
      </form>
    </SettingCard>
  );
};
