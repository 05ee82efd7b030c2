import {
  IMPORT_FIELDS,
  type ImportEntity,
  type ImportSummary,
  isCustomImportField,
} from '@shared/contract/schemas/imports';
import { suggestImportValue } from '@shared/domain/import/suggestImportValue';
import type { PushEvent } from '@shared/contract/pushEvents';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { readFileBase64 } from '../../../ui/readFileBase64';
import { useReportError } from '../../../ui/toasts/useReportError';
import { buildImportMapping } from '../utils/buildImportMapping';
import { importFileProblem } from '../utils/importFileProblem';
import type { ImportValueChoice } from '../utils/ImportValueChoice';
import { DEDUPE_KEY_OPTIONS, VALUE_FIELDS } from '../utils/importWizardDefaults';
import { NO_CARRIED_MAPPING, type ImportWizardState } from '../utils/ImportWizardState';

export type ImportProgress = Omit<Extract<PushEvent, { type: 'import.progress' }>, 'type'>;

export const IMPORT_STEPS = ['file', 'preview', 'columns', 'values', 'check', 'done'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

const initialState = (entity: ImportEntity): ImportWizardState => ({
  entity,
  upload: null,
  preview: null,
  columns: {},
  values: {},
  dedupeKeys: [...DEDUPE_KEY_OPTIONS[entity].ticked],
  dedupeAction: 'skip',
  currency: null,
  newLeads: {},
  carried: NO_CARRIED_MAPPING,
});

/** Each translatable field's file values with the choice their name suggests. */
const suggestValues = (
  state: ImportWizardState,
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>,
): ImportWizardState['values'] => {
  const values: ImportWizardState['values'] = {};
  for (const field of VALUE_FIELDS[state.entity]) {
    const header = state.columns[field];
    if (header === undefined) continue;
    const options = (choices[field] ?? []).map((choice) => ({ value: choice.id, names: choice.names }));
    values[field] = {};
    for (const fileValue of state.preview?.values[header] ?? []) {
      const kept = state.values[field]?.[fileValue];
      const suggested = kept ?? suggestImportValue(fileValue, options);
      if (suggested) values[field][fileValue] = suggested;
    }
  }
  return values;
};

/**
 * The import wizard's state and its calls: the file goes to `imports.preview` as bytes (never a
 * path) and its header names suggest the columns; the values of mapped columns get suggested
 * translations; Check is the engine's dry run (the same writes, rolled back) and Import the real
 * run, one transaction. A refused file says why in the user's language.
 */
export const useImportWizard = (choices: Readonly<Record<string, readonly ImportValueChoice[]>>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const [step, setStep] = useState<ImportStep>('file');
  const [state, setState] = useState<ImportWizardState>(() => initialState('companies'));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [check, setCheck] = useState<ImportSummary | null>(null);
  const [result, setResult] = useState<ImportSummary | null>(null);
  /** The running import's (or check's) progress, as the backend pushes it; null when none runs. */
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const running = useRef(false);

  // Closing the wizard (or leaving the page) during an import stops it: nothing is left running
  // unseen, and the import rolls back whole.
  useEffect(
    () => () => {
      if (running.current) void client.call('imports.cancel', {}).catch(() => undefined);
    },
    [client],
  );

  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setProblem(null);
      try {
        await work();
      } catch (error) {
        const file = importFileProblem(error);
        if (file) setProblem(t(file.key, file.values));
        else reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [reportError, t],
  );

  const loadPreview = async (entity: ImportEntity, upload: NonNullable<ImportWizardState['upload']>) => {
    const preview = await client.call('imports.preview', {
      fileName: upload.fileName,
      base64: upload.base64,
      entity,
    });
    const allowed = new Set<string>(IMPORT_FIELDS[entity]);
    const columns = Object.fromEntries(
      Object.entries(preview.suggestions).filter(([field]) => allowed.has(field) || isCustomImportField(field)),
    );
    setState({ ...initialState(entity), upload, preview, columns });
    setCheck(null);
  };

  const pickFile = (file: File | undefined) => {
    if (!file) return;
    void attempt(async () => {
      const upload = { fileName: file.name, base64: await readFileBase64(file), bytes: file.size };
      await loadPreview(state.entity, upload);
      setStep('preview');
    });
  };

  const setEntity = (entity: ImportEntity) => {
    setState((current) => ({ ...initialState(entity), upload: current.upload }));
    const upload = state.upload;
    if (upload) void attempt(() => loadPreview(entity, upload));
  };

  const runImport = (dryRun: boolean) =>
    attempt(async () => {
      if (!state.upload) return;
      setProgress({ phase: 'reading', done: 0, total: null });
      running.current = true;
      const unsubscribe = client.subscribe((event) => {
        if (event.type === 'import.progress') setProgress({ phase: event.phase, done: event.done, total: event.total });
      });
      let summary: ImportSummary;
      try {
        summary = await client.call('imports.run', {
          fileName: state.upload.fileName,
          base64: state.upload.base64,
          mapping: buildImportMapping(state, choices),
          dryRun,
          newLeads:
            dryRun || state.entity !== 'calls'
              ? []
              : Object.entries(state.newLeads).map(([number, lead]) =>
                  lead.name.trim() === '' ? { number } : { number, name: lead.name.trim() },
                ),
        });
      } finally {
        running.current = false;
        unsubscribe();
        setProgress(null);
      }
      if (dryRun) {
        setCheck(summary);
        setStep('check');
      } else {
        setResult(summary);
        setStep('done');
      }
    });

  /** Asks the backend to stop the import; its call then fails as cancelled, with nothing written. */
  const cancel = () => {
    if (running.current) void client.call('imports.cancel', {}).catch(reportError);
  };

  const goTo = (next: ImportStep) => {
    if (next === 'values') setState((current) => ({ ...current, values: suggestValues(current, choices) }));
    setProblem(null);
    setStep(next);
  };

  const reset = () => {
    setState(initialState('companies'));
    setStep('file');
    setCheck(null);
    setResult(null);
    setProblem(null);
  };

  return {
    step,
    state,
    setState,
    busy,
    problem,
    check,
    result,
    progress,
    pickFile,
    setEntity,
    runImport,
    cancel,
    goTo,
    reset,
  };
};

export type ImportWizardModel = ReturnType<typeof useImportWizard>;
