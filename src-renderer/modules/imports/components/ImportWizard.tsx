import type { ImportEntity } from '@shared/contract/schemas/imports';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { Modal } from '../../../ui/Modal/Modal';
import { useImportValueChoices } from '../hooks/useImportValueChoices';
import { IMPORT_STEPS, useImportWizard, type ImportStep } from '../hooks/useImportWizard';
import { REQUIRED_IMPORT_FIELDS } from '../utils/importWizardDefaults';
import { ImportColumnsStep } from './ImportColumnsStep';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingFileSave } from './ImportMappingFileSave';
import { ImportMappingSource } from './ImportMappingSource';
import { ImportPresetSave } from './ImportPresetSave';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummaryView } from './ImportSummaryView';
import { ImportUnknownNumbers } from './ImportUnknownNumbers';
import { ImportValuesStep } from './ImportValuesStep';
import './ImportWizard.css';

const TABLE_PAGES: Record<ImportEntity, string> = {
  companies: '#/companies',
  contacts: '#/contacts',
  deals: '#/deals',
  users: '#/settings',
  calls: '#/activities/all',
  leads: '#/leads',
};

/**
 * The import wizard: file → preview → columns → values and duplicates → check (a dry run) →
 * import. Each step can go back; the import is written in one transaction and logged for undo.
 */
export const ImportWizard = ({ open, onClose }: { open: boolean; onClose(): void }) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('imports.wizard.title')} onClose={onClose} width="xwide">
      <ImportWizardBody onClose={onClose} />
    </Modal>
  );
};

/** The chosen file under the steps after the first: on one line, in full on hover. */
const CurrentFile = ({ fileName }: { fileName: string }) => {
  const { t } = useTranslation();
  return (
    <p className="import-current-file" data-testid="import-current-file">
      <span className="muted">{t('imports.wizard.currentFile')}</span>
      <span className="import-current-file-name" title={fileName}>
        {fileName}
      </span>
    </p>
  );
};

/** The wizard's content: mounted only while the modal is open, so each opening starts afresh. */
const ImportWizardBody = ({ onClose }: { onClose(): void }) => {
  const { t } = useTranslation();
  const choices = useImportValueChoices();
  const wizard = useImportWizard(choices);
  const { step, state } = wizard;
  const index = IMPORT_STEPS.indexOf(step);
  const missing = REQUIRED_IMPORT_FIELDS[state.entity].find((field) => state.columns[field] === undefined);
  const previous: ImportStep | undefined = step === 'done' ? undefined : IMPORT_STEPS[index - 1];
  // Once a file is read, Escape, × or a click outside would lose its mapping (or stop the running
  // import, which then writes nothing): the dialog asks first. The done step has nothing to lose.
  useUnsavedChanges(step !== 'file' && step !== 'done');
  // Each step starts at its top: the next one opened where the last was scrolled to (the values
  // step below its stage mapping, after a long column list).
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [step]);

  return (
    <>
      <div ref={body} className="modal-body import-wizard" data-testid="import-wizard" data-step={step}>
        <ol
          className="import-steps"
          aria-label={t('imports.wizard.stepOf', { step: index + 1, total: IMPORT_STEPS.length })}
        >
          {IMPORT_STEPS.map((name, position) => (
            <li
              key={name}
              className={position === index ? 'current' : position < index ? 'passed' : undefined}
              aria-current={position === index ? 'step' : undefined}
            >
              <span className="import-step-number">{position + 1}</span>
              {t(`imports.wizard.steps.${name}`)}
            </li>
          ))}
        </ol>
        {step !== 'file' && state.upload ? <CurrentFile fileName={state.upload.fileName} /> : null}
        {step === 'file' ? <ImportFileStep wizard={wizard} /> : null}
        {step === 'preview' && state.preview ? <ImportPreviewStep preview={state.preview} /> : null}
        {step === 'columns' ? (
          <>
            <ImportMappingSource wizard={wizard} choices={choices} />
            <ImportColumnsStep wizard={wizard} />
          </>
        ) : null}
        {step === 'values' ? <ImportValuesStep wizard={wizard} choices={choices} /> : null}
        {step === 'check' && wizard.check ? (
          <>
            <p className="muted">{t('imports.wizard.checkNote')}</p>
            <ImportSummaryView summary={wizard.check} />
            {state.entity === 'calls' ? (
              <ImportUnknownNumbers wizard={wizard} numbers={wizard.check.unknownNumbers} />
            ) : null}
            <div className="import-mapping-keep">
              <ImportPresetSave wizard={wizard} choices={choices} />
              <ImportMappingFileSave wizard={wizard} choices={choices} />
            </div>
          </>
        ) : null}
        {step === 'done' && wizard.result ? (
          <>
            <p>{t('imports.wizard.doneNote')}</p>
            <ImportSummaryView summary={wizard.result} />
            {state.entity === 'calls' && wizard.result.unknownNumbers.length > 0 ? (
              <p className="muted" data-testid="import-unknown-left">
                {t('imports.wizard.unknownLeft', { count: wizard.result.unknownNumbers.length })}
              </p>
            ) : null}
          </>
        ) : null}
        {wizard.progress ? <ImportProgressBar progress={wizard.progress} onCancel={wizard.cancel} /> : null}
        {wizard.problem ? (
          <p className="import-problem" role="alert">
            {wizard.problem}
          </p>
        ) : null}
        {step === 'columns' && missing ? (
          <p className="muted" data-testid="import-required-missing">
            {t('imports.wizard.requiredMissing', { field: t(`imports.fields.${missing}`, { context: state.entity }) })}
          </p>
        ) : null}
      </div>
      <footer className="modal-footer">
        {previous ? (
          <button type="button" className="button" disabled={wizard.busy} onClick={() => wizard.goTo(previous)}>
            {t('imports.wizard.back')}
          </button>
        ) : null}
        <span className="import-footer-gap" />
        {step === 'done' ? (
          <>
            <a className="button" href={TABLE_PAGES[state.entity]} onClick={onClose}>
              {t('imports.wizard.openTable', { entity: t(`imports.wizard.entities.${state.entity}`) })}
            </a>
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('imports.wizard.close')}
            </button>
          </>
        ) : step === 'check' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={wizard.busy}
            onClick={() => void wizard.runImport(false)}
          >
            {wizard.busy ? t('imports.wizard.importing') : t('imports.wizard.run')}
          </button>
        ) : step === 'values' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={wizard.busy}
            onClick={() => void wizard.runImport(true)}
          >
            {wizard.busy ? t('imports.wizard.checking') : t('imports.wizard.runCheck')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled={wizard.busy || state.preview === null || (step === 'columns' && missing !== undefined)}
            onClick={() => wizard.goTo(IMPORT_STEPS[index + 1] ?? step)}
          >
            {t('imports.wizard.next')}
          </button>
        )}
      </footer>
    </>
  );
};
