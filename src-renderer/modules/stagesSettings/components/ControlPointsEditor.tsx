import { type ControlPoint, controlPointCreateInputSchema } from '@shared/contract/schemas/controlPoints';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Icon } from '../../../ui/Icon';

import { useSaver } from '../hooks/useSaver';
import { firstIssue } from '../utils/firstIssue';
import { InlineText } from './InlineText';
import { RequiredSwitch } from './RequiredSwitch';
import { SortableRows } from './SortableRows';
import { clearIfUnchanged } from '../../../ui/form/clearIfUnchanged';

/**
 * A stage's control points: rename, required or advisory, reorder, archive, add. Required ones
 * stop deals from leaving the stage forward until ticked.
 */
export const ControlPointsEditor = ({ stageId, points }: { stageId: string; points: readonly ControlPoint[] }) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const input = { stageId, label, required: true };
    const problem =
      firstIssue(controlPointCreateInputSchema, input, t) ??
      (await save(() => client.call('controlPoints.create', input)));
    setError(problem);
    if (!problem) setLabel(clearIfUnchanged(label));
  };

  return (
    <div className="cp-editor" data-testid="cp-editor">
      {points.length === 0 ? <p className="muted cp-empty">{t('stagesSettings.points.none')}</p> : null}
      <SortableRows
        items={points}
        ariaLabel={t('stagesSettings.points.title')}
        className="cp-list"
        rowClassName="cp-row"
        label={(point) => displayName(point, t, 'controlPoint')}
        onReorder={(id, anchor) => client.call('controlPoints.reorder', { id, ...anchor })}
        renderRow={(point) => {
          const name = displayName(point, t, 'controlPoint');
          return (
            <>
              <InlineText
                value={name}
                label={t('stagesSettings.points.label')}
                onSave={(text) =>
                  save(() => client.call('controlPoints.update', { id: point.id, patch: { label: text } }))
                }
              />
              <RequiredSwitch
                point={point}
                name={name}
                onChange={(required) =>
                  save(() => client.call('controlPoints.update', { id: point.id, patch: { required } }))
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('stagesSettings.points.archive', { name })}
                title={t('stagesSettings.points.archive', { name })}
                onClick={() => void save(() => client.call('controlPoints.archive', { id: point.id }))}
              >
                <Icon name="trash" size={16} />
              </button>
            </>
          );
        }}
      />
      <form className="cp-add" onSubmit={add} noValidate>
        <input
          className="input"
          aria-label={t('stagesSettings.points.new')}
          placeholder={t('stagesSettings.points.newPlaceholder')}
          value={label}
          aria-invalid={error ? 'true' : undefined}
          onChange={(event) => {
            setLabel(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button-compact">
          <Icon name="plus" size={16} />
          {t('stagesSettings.points.add')}
        </button>
        {error ? <p className="field-error">{error}</p> : null}
      </form>
    </div>
  );
};
