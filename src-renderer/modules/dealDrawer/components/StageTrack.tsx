import type { Deal } from '@shared/contract/schemas/deals';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';

/**
 * The pipeline's stages as a segmented bar (as Pipedrive shows it): the stages behind the deal
 * filled, its own highlighted. Each segment names its stage in a tooltip and to screen readers;
 * a click moves the deal there — gated like a drag on the board.
 */
export const StageTrack = ({
  deal,
  stages,
  onMove,
}: {
  deal: Deal;
  stages: readonly Stage[];
  onMove(stageId: string): void;
}) => {
  const { t } = useTranslation();
  const current = stages.findIndex((stage) => stage.id === deal.stageId);
  const open = deal.status === 'open';
  return (
    <ol className="stage-track" aria-label={t('dealDrawer.stageTrack')}>
      {stages.map((stage, index) => {
        const name = displayName(stage, t, 'stage');
        const state = index < current ? 'is-past' : index === current ? 'is-current' : 'is-ahead';
        const label = index === current ? name : t('dealDrawer.moveTo', { stage: name });
        return (
          <li key={stage.id} className={`stage-step ${state}`}>
            <button
              type="button"
              className="stage-step-button"
              disabled={!open || index === current}
              aria-current={index === current ? 'step' : undefined}
              aria-label={label}
              title={label}
              onClick={() => onMove(stage.id)}
            />
          </li>
        );
      })}
    </ol>
  );
};
