import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../../ui/form/Field';
import { Select } from '../../../ui/form/Select';

/** The stage the new deal starts in, with its funnel step; the pipeline's name under it. */
export const DealStageField = ({
  stageId,
  stages,
  pipelineName,
  error,
  onChange,
}: {
  stageId: string;
  /** null while the pipeline's stages load. */
  stages: readonly Stage[] | null;
  pipelineName: string;
  error: string | undefined;
  onChange(stageId: string): void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="span-3">
      <Field
        id="deal-stage"
        label={t('deal.fields.stage')}
        hint={pipelineName ? t('deals.form.stageHint', { pipeline: pipelineName }) : undefined}
        error={error}
      >
        <Select
          id="deal-stage"
          name="stageId"
          value={stageId}
          disabled={!stages}
          onChange={(event) => onChange(event.target.value)}
          {...fieldAria('deal-stage', error, pipelineName)}
        >
          {stages ? null : <option value="">{t('common.loading')}</option>}
          {(stages ?? []).map((stage) => (
            <option key={stage.id} value={stage.id}>
              {displayName(stage, t, 'stage')} · {t(`funnel.step.${stage.funnelStep}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
};
