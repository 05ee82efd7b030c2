import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useStages } from '../../workspace/hooks/useStages';
import { useOpenDealCounts } from '../hooks/useOpenDealCounts';
import './PipelinePage.css';

/**
 * A read-only preview of the default pipeline: its stages in order with their funnel step and
 * open-deal count. The kanban board of issue 4 replaces this module.
 */
export const PipelinePage = () => {
  const { t, i18n } = useTranslation();
  const pipeline = useDefaultPipeline();
  const stages = useStages(pipeline?.id);
  const counts = useOpenDealCounts(stages);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });

  if (stages && stages.length === 0) return <EmptyState icon="pipeline" title={t('pipeline.noStages')} />;
  return (
    <div className="pipeline-page">
      <div className="pipeline-heading">
        <h2>{pipeline ? displayName(pipeline, t, 'pipeline') : t('common.loading')}</h2>
        <p className="pipeline-note muted">
          <Icon name="info" size={16} />
          {t('pipeline.previewNote')}
        </p>
      </div>
      <ol className="stage-strip" aria-label={t('pipeline.stagesLabel')}>
        {(stages ?? []).map((stage, index) => (
          <li key={stage.id} className="card stage-card" data-testid="stage-card">
            <div className="stage-card-top">
              <span className="stage-index num">{index + 1}</span>
              <span className="stage-step">{t(`funnel.step.${stage.funnelStep}`)}</span>
            </div>
            <h3 className="stage-name">{displayName(stage, t, 'stage')}</h3>
            <div className="stage-count">
              <span className="stage-count-label muted">{t('pipeline.openDeals')}</span>
              <span className="stage-count-value num" data-testid="stage-count">
                {counts ? (counts[stage.id] ?? 0) : '…'}
              </span>
            </div>
            <div className="stage-meta muted">
              <span>{t('pipeline.probability', { value: percent.format(stage.probability) })}</span>
              {stage.rotDays ? <span>{t('pipeline.rotDays', { count: stage.rotDays })}</span> : null}
            </div>
            <div className="stage-bar" aria-hidden="true">
              <span className="stage-bar-fill" style={{ width: `${Math.round(stage.probability * 100)}%` }} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
};
