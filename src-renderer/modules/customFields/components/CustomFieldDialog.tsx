import {
  type CustomField,
  customFieldCreateInputSchema,
  customFieldUpdateInputSchema,
} from '@shared/contract/schemas/customFields';
import type { Language } from '@shared/contract/schemas/common';
import {
  CUSTOM_FIELD_TYPES,
  type CustomFieldEntity,
  type CustomFieldRequired,
  type CustomFieldType,
  isSelectType,
} from '@shared/domain/customFields/customFieldKinds';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Modal } from '../../../ui/Modal/Modal';
import { Select } from '../../../ui/form/Select';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { firstIssue } from '../../stagesSettings/utils/firstIssue';
import { useAllStages } from '../hooks/useAllStages';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { type OptionDraft, OptionsEditor } from './OptionsEditor';

type Draft = {
  nameRu: string;
  nameEn: string;
  type: CustomFieldType;
  currency: string | null;
  required: CustomFieldRequired;
  requiredStageId: string | null;
  options: OptionDraft[];
};

const draftOf = (field: CustomField | null): Draft =>
  field
    ? {
        nameRu: field.nameRu,
        nameEn: field.nameEn,
        type: field.type,
        currency: field.currency,
        required: field.required,
        requiredStageId: field.requiredStageId,
        options: field.options
          .filter((option) => option.archivedAt === null)
          .map((option) => ({ key: option.id, id: option.id, label: option.label, colour: option.colour })),
      }
    : {
        nameRu: '',
        nameEn: '',
        type: 'text',
        currency: null,
        required: 'never',
        requiredStageId: null,
        options: [],
      };

const optionsOf = (draft: Draft) =>
  isSelectType(draft.type)
    ? draft.options.map((option) => ({
        ...(option.id ? { id: option.id } : {}),
        label: option.label,
        colour: option.colour,
      }))
    : undefined;

/** Defines a field or edits one (not its type): names, required where, options of a select. */
export const CustomFieldDialog = ({
  entity,
  field,
  onClose,
}: {
  entity: CustomFieldEntity;
  field: CustomField | null;
  onClose(): void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const workspaceCurrency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const [draft, setDraft] = useState<Draft>(() => draftOf(field));
  const [error, setError] = useState<string | null>(null);
  const pipelines = useAllStages();
  const ids = {
    nameRu: useId(),
    nameEn: useId(),
    nameHint: useId(),
    type: useId(),
    currency: useId(),
    required: useId(),
    stage: useId(),
  };
  const nameRuBox = useRef<HTMLInputElement>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setError(null);
    setNameMissing(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Said under the name boxes, not at the foot of the dialog: that is where the manager looks.
    if (draft.nameRu.trim() === '' && draft.nameEn.trim() === '') {
      setNameMissing(true);
      nameRuBox.current?.focus();
      return;
    }
    const requiredStageId = draft.required === 'stage' ? draft.requiredStageId : null;
    const common = {
      nameRu: draft.nameRu,
      nameEn: draft.nameEn,
      required: draft.required,
      requiredStageId,
      currency: draft.type === 'money' ? (draft.currency ?? workspaceCurrency) : null,
    };
    const options = optionsOf(draft);
    // A list with nothing to choose from cannot be filled in: the manager adds its choices first.
    if (options?.length === 0) return setError(t('customFields.optionsRequired'));
    const problem = field
      ? (firstIssue(
          customFieldUpdateInputSchema,
          { id: field.id, patch: { ...common, ...(options ? { options } : {}) } },
          t,
        ) ??
        (await save(() =>
          client.call('customFields.update', { id: field.id, patch: { ...common, ...(options ? { options } : {}) } }),
        )))
      : (firstIssue(customFieldCreateInputSchema, { entity, type: draft.type, ...common, options: options ?? [] }, t) ??
        (await save(() =>
          client.call('customFields.create', { entity, type: draft.type, ...common, options: options ?? [] }),
        )));
    if (problem) setError(problem);
    else onClose();
  };

  const title = field
    ? t('customFields.editTitle', { name: customFieldName(field, i18n.language) })
    : t('customFields.newTitle');
  return (
    <Modal open title={title} onClose={onClose} width="wide">
      <form className="cf-form" onSubmit={submit} noValidate>
        <div className="cf-form-grid">
          <label htmlFor={ids.nameRu}>{t('customFields.nameRu')}</label>
          <input
            id={ids.nameRu}
            ref={nameRuBox}
            className="input"
            data-autofocus
            aria-invalid={nameMissing || undefined}
            aria-describedby={ids.nameHint}
            maxLength={120}
            value={draft.nameRu}
            onChange={(event) => set({ nameRu: event.target.value })}
          />
          <label htmlFor={ids.nameEn}>{t('customFields.nameEn')}</label>
          <input
            id={ids.nameEn}
            className="input"
            maxLength={120}
            value={draft.nameEn}
            onChange={(event) => set({ nameEn: event.target.value })}
          />
          <span />
          {nameMissing ? (
            <p className="field-error cf-hint" id={ids.nameHint} role="alert">
              {t('issueReasons.name_required')}
            </p>
          ) : (
            <p className="muted cf-hint" id={ids.nameHint}>
              {t('customFields.nameHint')}
            </p>
          )}
          <label htmlFor={ids.type}>{t('customFields.type')}</label>
          <Select
            id={ids.type}
            value={draft.type}
            disabled={field !== null}
            title={field ? t('customFields.typeLocked') : undefined}
            onChange={(event) => set({ type: event.target.value as CustomFieldType })}
          >
            {CUSTOM_FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`customFields.types.${type}`)}
              </option>
            ))}
          </Select>
          {draft.type === 'money' ? (
            <>
              <label htmlFor={ids.currency}>{t('customFields.currency')}</label>
              <Select
                id={ids.currency}
                value={draft.currency ?? workspaceCurrency}
                onChange={(event) => set({ currency: event.target.value })}
              >
                {currencyOptions(draft.currency ?? workspaceCurrency, i18n.language as Language).map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </>
          ) : null}
          <label htmlFor={ids.required}>{t('customFields.required')}</label>
          <Select
            id={ids.required}
            value={draft.required}
            onChange={(event) => set({ required: event.target.value as CustomFieldRequired })}
          >
            {(['never', 'always', ...(entity === 'deal' ? ['stage'] : [])] as CustomFieldRequired[]).map((mode) => (
              <option key={mode} value={mode}>
                {t(`customFields.requiredModes.${mode}`)}
              </option>
            ))}
          </Select>
          {draft.required === 'stage' ? (
            <>
              <label htmlFor={ids.stage}>{t('customFields.requiredStage')}</label>
              <Select
                id={ids.stage}
                value={draft.requiredStageId ?? ''}
                onChange={(event) => set({ requiredStageId: event.target.value || null })}
              >
                <option value="">{t('customFields.choose')}</option>
                {(pipelines ?? []).map((pipeline) => (
                  <optgroup key={pipeline.id} label={displayName(pipeline, t, 'pipeline')}>
                    {pipeline.stages.map((stage) => (
                      <option key={stage.id} value={stage.id}>
                        {displayName(stage, t, 'stage')}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
              <span />
              <p className="muted cf-hint">{t('customFields.requiredStageHint')}</p>
            </>
          ) : null}
        </div>
        {isSelectType(draft.type) ? (
          <OptionsEditor options={draft.options} onChange={(options) => set({ options })} />
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="cf-form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('customFields.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('customFields.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
};
