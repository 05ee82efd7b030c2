import { RpcFailure } from '@shared/contract/createClient';
import { dealTitleSchema } from '@shared/contract/schemas/dealTitle';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { LengthCounter } from '../../../ui/form/LengthCounter';
import { translateIssue } from '../../../ui/form/translateIssue';
import { maxLengthOf } from '../../../ui/form/maxLengthOf';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { useLanguage } from '../../../platform/useLanguage';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useCreateGate } from '../../deals/hooks/useCreateGate';
import { GatePanel } from './GatePanel';
import { clearIfUnchanged } from '../../../ui/form/clearIfUnchanged';

const TITLE_MAX = maxLengthOf(dealTitleSchema);

export type QuickAddCardProps = {
  stageName: string;
  /** Names of the earlier stages whose items a create straight into this one must tick. */
  nameOfStage(stageId: string): string;
  currency: string;
  onSave(title: string, valueMinor: number, checkedControlPointIds: string[]): Promise<unknown>;
  onClose(): void;
};

/**
 * A card-shaped form at the top of a column: a title and, optionally, a value; Enter saves and
 * leaves the form open for the next deal, Escape closes it. In a column past a gate the core asks
 * for the earlier stages' required items first; they are ticked here and sent with the deal.
 */
export const QuickAddCard = ({ stageName, nameOfStage, currency, onSave, onClose }: QuickAddCardProps) => {
  const { t } = useTranslation();
  const reportError = useReportError();
  const language = useLanguage();
  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const createGate = useCreateGate();
  // What opened the form (the column's "+"), read before the title takes focus: Escape gives focus
  // back to it, not to the page.
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const valueMinor = parseMoneyInput(value, currencyExponent(currency));
    const parsed = dealTitleSchema.safeParse(title);
    const titleIssue = parsed.success ? null : fieldErrorsFromIssues(parsed.error.issues, t, () => 'title').title;
    const valueProblem = moneyIssue(value, currencyExponent(currency), t, (minor) =>
      formatMoney(minor, currency, language),
    );
    if (valueProblem) return setError(valueProblem);
    if (valueMinor === null) return setError(t('issues.money'));
    if (titleIssue) return setError(titleIssue);
    setSaving(true);
    try {
      await onSave(title.trim(), valueMinor, createGate.ticked);
      setTitle(clearIfUnchanged(title));
      setValue(clearIfUnchanged(value));
      setError(null);
      createGate.close();
    } catch (failure) {
      if (createGate.caught(failure)) return;
      // A "required always" custom field has no box here: the core names it (New deal has its box).
      const required =
        failure instanceof RpcFailure
          ? failure.error.issues?.find((issue) => issue.path.startsWith('customValues.'))
          : undefined;
      if (required) setError(translateIssue(required, t));
      else if (failure instanceof RpcFailure && failure.error.code === 'BAD_INPUT') setError(t('errors.BAD_INPUT'));
      else reportError(failure);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      opener.current?.focus();
    }
  };

  return (
    <form className="quick-add" noValidate onSubmit={submit} onKeyDown={onKeyDown} data-testid="quick-add">
      <input
        className="input quick-add-title"
        autoFocus
        autoComplete="off"
        aria-label={t('board.quickAdd.title', { stage: stageName })}
        placeholder={t('board.quickAdd.titlePlaceholder')}
        maxLength={TITLE_MAX}
        value={title}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
      />
      <div className="quick-add-row">
        <input
          className="input num quick-add-value"
          inputMode="decimal"
          autoComplete="off"
          aria-label={t('board.quickAdd.value', { currency })}
          placeholder={t('board.quickAdd.valuePlaceholder', { currency })}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button-primary button-compact" disabled={saving}>
          {t('board.quickAdd.save')}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : createGate.gate ? null : (
        // Near the title's limit the counter takes the hint's place (a plain function: no hooks inside).
        <p className="quick-add-hint">
          {LengthCounter({ length: title.length, max: TITLE_MAX }) ?? t('board.quickAdd.hint')}
        </p>
      )}
      {createGate.gate ? (
        <GatePanel
          action="create"
          targetName={stageName}
          missing={createGate.gate.missing}
          missingFields={createGate.gate.missingFields}
          ticked={createGate.ticked}
          stageName={nameOfStage}
          onTick={createGate.tick}
          onRetry={() => void submit()}
          onClose={createGate.close}
        />
      ) : null}
    </form>
  );
};
