import { PIPELINE_TEMPLATES, type Pipeline, pipelineCreateInputSchema } from '@shared/contract/schemas/pipelines';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Field, fieldAria } from '../../../ui/form/Field';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { Modal } from '../../../ui/Modal/Modal';
import { useSaver } from '../hooks/useSaver';
import { firstIssue } from '../utils/firstIssue';

type Template = (typeof PIPELINE_TEMPLATES)[number];

const NewPipelineForm = ({ onDone }: { onDone(pipeline: Pipeline | null): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<Template>('funnel');
  const [error, setError] = useState<string | null>(null);
  useUnsavedChanges(name.trim() !== '' || template !== 'funnel');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = firstIssue(pipelineCreateInputSchema, { name, template }, t);
    if (invalid) return setError(invalid);
    let created: Pipeline | null = null;
    const problem = await save(async () => {
      created = await client.call('pipelines.create', { name, template });
    });
    setError(problem);
    if (!problem) onDone(created);
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="modal-body">
        <Field id="pipeline-name" label={t('stagesSettings.newPipeline.name')} error={error ?? undefined}>
          <input
            id="pipeline-name"
            className="input"
            autoFocus
            autoComplete="off"
            value={name}
            placeholder={t('stagesSettings.newPipeline.namePlaceholder')}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            {...fieldAria('pipeline-name', error ?? undefined)}
          />
        </Field>
        <fieldset className="template-group">
          <legend className="field-label">{t('stagesSettings.newPipeline.template')}</legend>
          {PIPELINE_TEMPLATES.map((option) => (
            <label key={option} className={template === option ? 'reason-option is-checked-accent' : 'reason-option'}>
              <input type="radio" name="template" checked={template === option} onChange={() => setTemplate(option)} />
              <span>
                <strong>{t(`stagesSettings.newPipeline.templates.${option}`)}</strong>
                <span className="template-hint">{t(`stagesSettings.newPipeline.templateHints.${option}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary">
          {t('stagesSettings.newPipeline.submit')}
        </button>
      </footer>
    </form>
  );
};

/** A new pipeline, from the six-step funnel template (stages and control points) or empty. */
export const NewPipelineDialog = ({ open, onDone }: { open: boolean; onDone(pipeline: Pipeline | null): void }) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('stagesSettings.newPipeline.title')} onClose={() => onDone(null)}>
      <NewPipelineForm onDone={onDone} />
    </Modal>
  );
};
