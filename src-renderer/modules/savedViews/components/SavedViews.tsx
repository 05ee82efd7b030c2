import type { SavedView, SavedViewList } from '@shared/contract/schemas/savedViews';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { joinHash, splitHash } from '../../../app/hashParams';
import { subscribeToHash } from '../../../app/subscribeToHash';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';
import type { ColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import type { HiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { ensureSavedViewsMessages } from '../utils/ensureSavedViewsMessages';
import { SaveViewDialog } from './SaveViewDialog';
import './SavedViews.css';

/** URL params that are not the list's state: the open record and the view's own marker, the page. */
const NOT_VIEW_STATE = ['view', 'deal', 'contact', 'page'];

const viewParam = (): string | null => splitHash(window.location.hash).params.get('view');

/** The list's own URL state, as a view stores it. */
const currentParams = (): string => {
  const { params } = splitHash(window.location.hash);
  for (const key of NOT_VIEW_STATE) params.delete(key);
  return params.toString();
};

/**
 * The saved views of a table or the board (which has no columns: its view is its filters): pick one (its filters, search, sort and page size go into the
 * URL, its columns and widths into the table), save the table as it is under a name (private or for
 * the team, optionally one's default), make one the default the bare list opens with, delete one's own.
 */
export const SavedViews = ({
  list,
  hidden,
  sizes,
}: {
  list: SavedViewList;
  hidden?: HiddenColumns;
  sizes?: ColumnSizes;
}) => {
  const { t, i18n } = useTranslation();
  ensureSavedViewsMessages(i18n);
  const client = useClient();
  const views = useLiveQuery('views.list', { list }, ['saved_views', 'saved_view_defaults']).data;
  const currentId = useSyncExternalStore(subscribeToHash, viewParam);
  const current = views?.find((view) => view.id === currentId) ?? null;
  const [saving, setSaving] = useState(false);
  // The default applies when the list is opened bare (no filters in the URL), once per visit.
  const openedBare = useRef(currentParams() === '' && currentId === null);

  const apply = (view: SavedView | null) => {
    const { path, params } = splitHash(window.location.hash);
    const next = new URLSearchParams(view?.params ?? '');
    const deal = params.get('deal');
    if (deal) next.set('deal', deal);
    if (view) {
      next.set('view', view.id);
      hidden?.setHidden(view.hiddenColumns);
      sizes?.setSizing(view.columnSizes);
    }
    window.location.hash = joinHash(path, next);
  };

  useEffect(() => {
    if (!openedBare.current || !views) return;
    openedBare.current = false;
    const preferred = views.find((view) => view.isDefault);
    if (preferred) apply(preferred);
    // Runs when the views first arrive; `apply` reads the URL and table state of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [views]);

  return (
    <div className="saved-views" data-testid="saved-views">
      <label className="saved-views-label" htmlFor={`saved-views-${list}`}>
        {t('savedViews.label')}
      </label>
      <Select
        id={`saved-views-${list}`}
        className="saved-views-select"
        value={current?.id ?? ''}
        onChange={(event) => apply(views?.find((view) => view.id === event.target.value) ?? null)}
      >
        <option value="">{t('savedViews.none')}</option>
        {(views ?? []).map((view) => (
          <option key={view.id} value={view.id}>
            {[
              view.name,
              view.isDefault ? t('savedViews.defaultMark') : null,
              view.shared ? t('savedViews.sharedMark') : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </option>
        ))}
      </Select>
      <button type="button" className="button" onClick={() => setSaving(true)}>
        {t('savedViews.save')}
      </button>
      {current ? (
        <button
          type="button"
          className="button"
          onClick={() => void client.call('views.setDefault', { list, viewId: current.isDefault ? null : current.id })}
        >
          {current.isDefault ? t('savedViews.unsetDefault') : t('savedViews.setDefault')}
        </button>
      ) : null}
      {current?.mine ? (
        <button
          type="button"
          className="button"
          onClick={async () => {
            await client.call('views.delete', { id: current.id });
            apply(null);
          }}
        >
          {t('savedViews.delete')}
        </button>
      ) : null}
      {saving ? (
        <SaveViewDialog
          list={list}
          state={() => ({
            params: currentParams(),
            hiddenColumns: hidden?.hidden ?? [],
            columnSizes: sizes?.sizing ?? {},
          })}
          onClose={(saved) => {
            setSaving(false);
            if (saved) apply(saved);
          }}
        />
      ) : null}
    </div>
  );
};
