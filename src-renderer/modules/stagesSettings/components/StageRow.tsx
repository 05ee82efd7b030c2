import type { MethodInput } from '@shared/contract/contract';
import type { ControlPoint } from '@shared/contract/schemas/controlPoints';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { FUNNEL_STEPS, type FunnelStep } from '@shared/domain/funnelSteps';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Select } from '../../../ui/form/Select';
import { Icon } from '../../../ui/Icon';

import { useSaver } from '../hooks/useSaver';
import { ControlPointsEditor } from './ControlPointsEditor';
import { InlineText } from './InlineText';
import { NumberCell } from './NumberCell';
import { PlaybookEditor } from '../../playbook/components/PlaybookEditor';

export type StageRowProps = {
  stage: Stage;
  points: readonly ControlPoint[];
  expanded: boolean;
  onToggle(): void;
  onArchive(): void;
};

/** One stage's settings in a row; its control points open underneath. */
export const StageRow = ({ stage, points, expanded, onToggle, onArchive }: StageRowProps) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const name = displayName(stage, t, 'stage');
  const update = (patch: MethodInput<'stages.update'>['patch']) =>
    save(() => client.call('stages.update', { id: stage.id, patch }));
  const advisory = points.filter((point) => !point.required).length;

  return (
    <div className="stage-row-body" data-testid="stage-row" data-stage-id={stage.id}>
      <div className="stage-row-grid">
        <InlineText value={name} label={t('stagesSettings.columns.name')} onSave={(text) => update({ name: text })} />
        <Select
          aria-label={t('stagesSettings.stepOf', { name })}
          value={stage.funnelStep}
          onChange={(event) => void update({ funnelStep: event.target.value as FunnelStep })}
        >
          {FUNNEL_STEPS.map((step) => (
            <option key={step} value={step}>
              {t(`funnel.step.${step}`)}
            </option>
          ))}
        </Select>
        <NumberCell
          value={Math.round(stage.probability * 100)}
          label={t('stagesSettings.probabilityOf', { name })}
          min={0}
          max={100}
          suffix="%"
          allowEmpty={false}
          invalidText={t('stagesSettings.invalid.percent')}
          onSave={(value) => update({ probability: (value ?? 0) / 100 })}
        />
        <NumberCell
          value={stage.rotDays}
          label={t('stagesSettings.rotDaysOf', { name })}
          min={1}
          max={3650}
          suffix={t('stagesSettings.units.days')}
          allowEmpty
          invalidText={t('stagesSettings.invalid.positive')}
          onSave={(value) => update({ rotDays: value })}
        />
        <NumberCell
          value={stage.slaHours}
          label={t('stagesSettings.slaOf', { name })}
          min={1}
          max={8760}
          suffix={t('stagesSettings.units.hours')}
          allowEmpty
          invalidText={t('stagesSettings.invalid.positive')}
          onSave={(value) => update({ slaHours: value })}
        />
        <button
          type="button"
          className={expanded ? 'button button-compact cp-toggle is-open' : 'button button-compact cp-toggle'}
          aria-expanded={expanded}
          onClick={onToggle}
        >
          <Icon name="checklist" size={16} />
          <span className="cp-toggle-text">
            <span>
              {points.length === 0
                ? t('stagesSettings.points.empty')
                : t('stagesSettings.points.count', { count: points.length })}
            </span>
            {advisory > 0 ? (
              <span className="cp-toggle-advisory">
                {/* Read as one phrase, «2 пункта · 1 реком.», though shown on two lines. */}
                <span className="visually-hidden"> · </span>
                {t('stagesSettings.points.advisoryCount', { count: advisory })}
              </span>
            ) : null}
          </span>
          <Icon name="chevronDown" size={14} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('stagesSettings.archiveStage', { name })}
          aria-haspopup="dialog"
          title={t('stagesSettings.archiveStage', { name })}
          onClick={onArchive}
        >
          <Icon name="archive" size={16} />
        </button>
      </div>
      {expanded ? (
        <>
          <ControlPointsEditor stageId={stage.id} points={points} />
          <PlaybookEditor
            stage={stage}
            onSave={(playbook) => save(() => client.call('stages.update', { id: stage.id, patch: { playbook } }))}
          />
        </>
      ) : null}
    </div>
  );
};
