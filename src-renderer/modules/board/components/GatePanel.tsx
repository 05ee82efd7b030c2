import type { GateBlockedParams, GateMissingField } from '@shared/contract/schemas/controlPoints';
import { displayName } from '@shared/i18n/displayName';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

export type GatePanelProps = {
  action: GateBlockedParams['action'];
  /** The target stage's name (a move, a create straight into it); unused for a win. */
  targetName: string;
  missing: GateBlockedParams['missing'];
  /** Required custom fields left empty: filled in the deal's drawer, not here. */
  missingFields?: readonly GateMissingField[];
  ticked: readonly string[];
  /** Stage names by id, to group items of skipped stages. */
  stageName(stageId: string): string;
  onTick(controlPointId: string, checked: boolean): void;
  onRetry(): void;
  onClose(): void;
};

const TITLES = { move: 'board.gate.titleMove', win: 'board.gate.titleWin', create: 'board.gate.titleCreate' } as const;
const RETRY = { move: 'board.gate.moveAgain', win: 'board.gate.winAgain', create: 'board.gate.createAgain' } as const;

/**
 * Why a move, a win or a create straight into a later stage was refused: the required checklist
 * items still unticked, grouped by stage, as checkboxes to tick right here, and a button to try
 * again once they are done. A win says why it asks for stages the deal has not reached.
 */
export const GatePanel = ({
  action,
  targetName,
  missing,
  missingFields = [],
  ticked,
  stageName,
  onTick,
  onRetry,
  onClose,
}: GatePanelProps) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const fieldNames = missingFields
    .map((field) => (i18n.language.startsWith('ru') ? field.nameRu || field.nameEn : field.nameEn || field.nameRu))
    .join(', ');
  const stages = [...new Set(missing.map((item) => item.stageId))];
  const allTicked = missing.every((item) => ticked.includes(item.id));
  const lastStage = stageName(stages[stages.length - 1] ?? '');
  const why =
    missing.length === 0
      ? ''
      : action === 'win'
        ? t('board.gate.whyWin', { count: missing.length, stage: lastStage })
        : t(action === 'create' ? 'board.gate.whyCreate' : 'board.gate.whyMove', {
            count: missing.length,
            stage: targetName,
          });
  return (
    <section className="gate-panel" role="alert" aria-labelledby={titleId} data-testid="gate-panel">
      <header className="gate-panel-header">
        <span className="gate-panel-icon">
          <Icon name="lock" size={16} />
        </span>
        <h3 id={titleId}>{t(TITLES[action])}</h3>
        <button
          type="button"
          className="icon-button gate-panel-close"
          aria-label={t('common.actions.close')}
          onClick={onClose}
        >
          <Icon name="close" size={16} />
        </button>
      </header>
      {why ? <p className="gate-panel-why">{why}</p> : null}
      {fieldNames ? (
        <p className="gate-panel-why" data-testid="gate-missing-fields">
          {t('customFields.gateFields', { names: fieldNames })}
        </p>
      ) : null}
      {stages.map((stageId) => (
        <div key={stageId} className="gate-panel-group">
          {stages.length > 1 || action !== 'move' ? <p className="gate-panel-stage">{stageName(stageId)}</p> : null}
          <ul className="gate-panel-list">
            {missing
              .filter((item) => item.stageId === stageId)
              .map((item) => (
                <li key={item.id}>
                  <label className="check-row">
                    <input
                      type="checkbox"
                      checked={ticked.includes(item.id)}
                      onChange={(event) => onTick(item.id, event.target.checked)}
                    />
                    <span>{displayName(item, t, 'controlPoint')}</span>
                  </label>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <div className="gate-panel-actions">
        <button
          type="button"
          className={allTicked ? 'button button-primary button-compact' : 'button button-compact'}
          onClick={onRetry}
        >
          {t(RETRY[action])}
        </button>
      </div>
    </section>
  );
};
