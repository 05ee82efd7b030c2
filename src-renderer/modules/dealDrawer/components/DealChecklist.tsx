import type { Checklist, ChecklistItem } from '@shared/contract/schemas/controlPoints';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import type { DealMutations } from '../hooks/useDealMutations';

const ItemRow = ({
  item,
  disabled,
  onTick,
}: {
  item: ChecklistItem;
  disabled: boolean;
  onTick(checked: boolean): void;
}) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <li className={item.checked ? 'checklist-item is-checked' : 'checklist-item'} data-testid="checklist-item">
      <label className="check-row">
        <input
          type="checkbox"
          checked={item.checked}
          disabled={disabled}
          onChange={(event) => onTick(event.target.checked)}
        />
        <span className="checklist-label">
          {displayName(item, t, 'controlPoint')}
          {item.required ? null : <span className="checklist-advisory">{t('dealDrawer.checklist.advisory')}</span>}
        </span>
      </label>
      {item.checked && item.checkedAt !== null ? (
        <span className="checklist-who">
          {t('dealDrawer.checklist.tickedBy', {
            who: item.checkedByName ?? t('dealDrawer.someone'),
            when: dates.instant(item.checkedAt, 'dateTime'),
          })}
        </span>
      ) : null}
    </li>
  );
};

/**
 * The current stage's control points to tick (who ticked and when is shown), and what was ticked
 * on other stages. Required items gate moving forward; advisory ones are reminders.
 */
export const DealChecklist = ({
  dealId,
  stages,
  closed,
  mutations,
}: {
  dealId: string;
  stages: readonly Stage[];
  closed: boolean;
  mutations: DealMutations;
}) => {
  const { t } = useTranslation();
  const checklist = useLiveQuery('deals.checklist', { dealId }, ['deal_checks', 'control_points', 'deals']).data;
  // A tick shows at once; the next checklist from the core (with who and when) replaces it.
  const [pending, setPending] = useState<{ source: Checklist | null; ticks: Record<string, boolean> }>({
    source: null,
    ticks: {},
  });
  if (!checklist) return <p className="muted">{t('common.loading')}</p>;
  const ticks = pending.source === checklist ? pending.ticks : {};
  const tick = (controlPointId: string, checked: boolean) => {
    setPending({ source: checklist, ticks: { ...ticks, [controlPointId]: checked } });
    void mutations.check(controlPointId, checked);
  };
  const shown = (item: ChecklistItem): ChecklistItem => {
    const checked = ticks[item.controlPointId];
    return checked === undefined || checked === item.checked ? item : { ...item, checked, checkedAt: null };
  };
  const stageName = (stageId: string) => {
    const stage = stages.find((candidate) => candidate.id === stageId);
    return stage ? displayName(stage, t, 'stage') : '';
  };
  const otherStages = [...new Set(checklist.otherTicked.map((item) => item.stageId))];
  return (
    <div className="drawer-checklist">
      {checklist.items.length === 0 ? (
        <p className="muted">{t('dealDrawer.checklist.none')}</p>
      ) : (
        <>
          <p className="checklist-progress" data-testid="checklist-progress">
            {t('dealDrawer.checklist.progress', { done: checklist.done, required: checklist.required })}
          </p>
          <ul className="checklist-list">
            {checklist.items.map((item) => (
              <ItemRow
                key={item.controlPointId}
                item={shown(item)}
                disabled={closed}
                onTick={(checked) => tick(item.controlPointId, checked)}
              />
            ))}
          </ul>
        </>
      )}
      {otherStages.map((stageId) => (
        <div key={stageId} className="checklist-other">
          <p className="checklist-stage">{stageName(stageId)}</p>
          <ul className="checklist-list">
            {checklist.otherTicked
              .filter((item) => item.stageId === stageId)
              .map((item) => (
                <ItemRow
                  key={item.controlPointId}
                  item={shown(item)}
                  disabled={closed}
                  onTick={(checked) => tick(item.controlPointId, checked)}
                />
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
};
