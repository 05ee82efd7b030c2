import { Icon } from '../../../ui/Icon';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './InlineText.css';

export type InlineTextProps = {
  value: string;
  /** What the field is, for screen readers ("Stage name"). */
  label: string;
  /** Saves the text; resolves to a translated error, or null when saved. */
  onSave(text: string): Promise<string | null>;
  testId?: string;
};

/** A name edited where it is shown: click, type, Enter (or leave the box) to save, Escape to undo. */
export const InlineText = ({ value, label, onSave, testId }: InlineTextProps) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (text.trim() === value) {
      setEditing(false);
      setError(null);
      return;
    }
    const problem = await onSave(text);
    setError(problem);
    if (!problem) setEditing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(false);
      setError(null);
    }
  };

  if (!editing) {
    return (
      <button
        type="button"
        className="inline-text"
        aria-label={t('stagesSettings.rename', { name: value, field: label })}
        data-testid={testId}
        onClick={() => {
          setText(value);
          setEditing(true);
        }}
      >
        <span className="inline-text-value">{value}</span>
        <Icon name="pencil" size={14} className="inline-text-pencil" />
      </button>
    );
  }
  return (
    <span className="inline-text-editor">
      <input
        className="input"
        autoFocus
        aria-label={label}
        aria-invalid={error ? 'true' : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => void save()}
      />
      {error ? <span className="field-error">{error}</span> : null}
    </span>
  );
};
