import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { stagePlaybook } from '@shared/i18n/stagePlaybook';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensurePlaybookMessages } from '../utils/ensurePlaybookMessages';
import './StagePlaybook.css';

export type PlaybookEditorProps = {
  stage: Stage;
  /** Saves the playbook (null: back to the standard text); a translated error, or null when saved. */
  onSave(playbook: string | null): Promise<string | null>;
};

const MAX_LENGTH = 4000;

/**
 * A stage's playbook in stage settings. A seeded stage shows its standard text until edited; an
 * emptied box saves "no playbook". What is typed while a save is on its way is kept: the box takes
 * the stored text only while it still shows what it showed before.
 */
export const PlaybookEditor = ({ stage, onSave }: PlaybookEditorProps) => {
  const { t, i18n } = useTranslation();
  ensurePlaybookMessages(i18n);
  const id = useId();
  const shown = stagePlaybook(stage, t)?.text ?? '';
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const base = useRef(shown);
  useEffect(() => {
    setDraft((current) => (current === base.current ? shown : current));
    base.current = shown;
  }, [shown]);

  const save = async (value: string | null) => {
    const problem = value !== null && value.trim().length > MAX_LENGTH ? t('playbook.tooLong') : await onSave(value);
    setError(problem);
    setSaved(problem === null);
  };
  const name = displayName(stage, t, 'stage');
  const standard = stage.playbook === null && stage.defaultKey !== null;

  return (
    <div className="playbook-editor" data-testid="playbook-editor">
      <label className="playbook-editor-label" htmlFor={id}>
        {t('playbook.editorLabel', { name })}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={4}
        placeholder={t('playbook.placeholder')}
        aria-invalid={error ? 'true' : undefined}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setSaved(false);
        }}
      />
      {error ? <p className="field-error">{error}</p> : null}
      <div className="playbook-editor-actions">
        <span className="muted" role="status">
          {saved ? t('playbook.saved') : standard ? t('playbook.standardHint') : t('playbook.hint')}
        </span>
        {stage.defaultKey !== null && stage.playbook !== null ? (
          <button type="button" className="button button-compact" onClick={() => void save(null)}>
            {t('playbook.reset')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-compact button-primary"
          disabled={draft === shown}
          onClick={() => {
            const text = draft.trim();
            setDraft(text);
            void save(text);
          }}
        >
          {t('playbook.save')}
        </button>
      </div>
    </div>
  );
};
