import { type KeyboardEvent, useState } from 'react';

export type NumberCellProps = {
  value: number | null;
  label: string;
  min: number;
  max: number;
  /** Shown after the box ("%", "d", "h"). */
  suffix: string;
  /** An empty box means "none" (null) — rot days and SLA hours are optional. */
  allowEmpty: boolean;
  onSave(value: number | null): Promise<string | null>;
  invalidText: string;
};

/** A whole number edited in place, saved on Enter or when the box is left; out-of-range input is refused. */
export const NumberCell = ({ value, label, min, max, suffix, allowEmpty, onSave, invalidText }: NumberCellProps) => {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? (value === null ? '' : String(value));

  const commit = async () => {
    if (text === null) return;
    const trimmed = text.trim();
    const next = trimmed === '' ? null : Number(trimmed);
    if ((next === null && !allowEmpty) || (next !== null && (!Number.isInteger(next) || next < min || next > max))) {
      setError(invalidText);
      return;
    }
    if (next === value) {
      setText(null);
      setError(null);
      return;
    }
    const problem = await onSave(next);
    setError(problem);
    if (!problem) setText(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      setText(null);
      setError(null);
    }
  };

  return (
    <span className="number-cell" title={error ?? undefined}>
      <input
        className="input num"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={error ? 'true' : undefined}
        value={shown}
        placeholder="—"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      <span className="number-cell-suffix">{suffix}</span>
      {error ? (
        <span className="number-cell-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
};
