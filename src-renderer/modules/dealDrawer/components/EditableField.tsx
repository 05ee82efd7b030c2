import { Icon } from '../../../ui/Icon';
import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';

export type EditorProps = {
  id: string;
  value: string;
  invalid: boolean;
  onChange(value: string): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
};

export type EditableFieldProps = {
  id: string;
  label: string;
  /** What the field shows when not edited. */
  display: ReactNode;
  /** The text the editor starts with. */
  initial: string;
  /** Saves the edited text; resolves to a translated error to show, or null when saved. */
  onSave(text: string): Promise<string | null>;
  editor(props: EditorProps): ReactNode;
  /** Multi-line editors save with Ctrl+Enter; Enter makes a new line. */
  multiline?: boolean;
};

/**
 * A field shown as text and edited in place: click (or Enter on it) to edit, Enter or Save to
 * save, Escape or Cancel to put it back. A refused value stays in the editor with its error.
 */
export const EditableField = ({
  id,
  label,
  display,
  initial,
  onSave,
  editor,
  multiline = false,
}: EditableFieldProps) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useUnsavedChanges(editing && text !== initial);

  const start = () => {
    setText(initial);
    setError(null);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setError(null);
  };
  const save = async () => {
    if (text === initial) return cancel();
    setSaving(true);
    const problem = await onSave(text);
    setSaving(false);
    if (problem) setError(problem);
    else setEditing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div className="drawer-field" data-field={id}>
      <span className="drawer-field-label" id={`${id}-label`}>
        {label}
      </span>
      {editing ? (
        <div className="drawer-field-editor">
          {editor({ id, value: text, invalid: error !== null, onChange: setText, onKeyDown })}
          {error ? (
            <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <div className="drawer-field-buttons">
            <button type="button" className="button button-compact" onClick={cancel}>
              {t('common.actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary button-compact"
              disabled={saving}
              onClick={() => void save()}
            >
              {t('common.actions.save')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="drawer-field-display"
          aria-labelledby={`${id}-label ${id}-value`}
          onClick={start}
          data-testid={`${id}-display`}
        >
          <span id={`${id}-value`} className="drawer-field-text">
            {display}
          </span>
          <Icon name="pencil" size={14} className="drawer-field-pencil" />
        </button>
      )}
    </div>
  );
};
