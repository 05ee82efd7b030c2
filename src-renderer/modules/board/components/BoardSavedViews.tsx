import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { splitHash } from '../../../app/hashParams';
import { subscribeToHash } from '../../../app/subscribeToHash';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { usePopoverDismiss } from '../../../ui/usePopoverDismiss';
import { SavedViews } from '../../savedViews/components/SavedViews';
import { ensureSavedViewsMessages } from '../../savedViews/utils/ensureSavedViewsMessages';
import './BoardSavedViews.css';

const viewParam = (): string | null => splitHash(window.location.hash).params.get('view');

/**
 * The board's saved views (its filters: pipeline, owner, source, search, "my deals"), behind one
 * toolbar icon, lit and named while a view is in use. Loaded after the board (its own chunk); the
 * menu stays mounted while closed, so a person's default view applies when the board opens bare.
 * The filters' URL sync is not here but in the board page: this chunk may arrive after a person has
 * already changed a filter, and mounting the sync then took the board back to the URL's filters.
 */
export const BoardSavedViews = () => {
  const { t, i18n } = useTranslation();
  ensureSavedViewsMessages(i18n);
  const [open, setOpen] = useState(false);
  const ref = usePopoverDismiss<HTMLDivElement>(open, () => setOpen(false));
  const views = useLiveQuery('views.list', { list: 'board' }, ['saved_views', 'saved_view_defaults']).data;
  const currentId = useSyncExternalStore(subscribeToHash, viewParam);
  const current = views?.find((view) => view.id === currentId) ?? null;
  return (
    <div className="board-views" ref={ref}>
      {/* An icon, as the reset button: the toolbar keeps to one row at 1280 px; the view in use
          lights it and names it in the tooltip and the accessible name. */}
      <button
        type="button"
        className={current ? 'icon-button board-views-button is-on' : 'icon-button board-views-button'}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={current ? `${t('savedViews.label')}: ${current.name}` : t('savedViews.label')}
        title={current ? `${t('savedViews.label')}: ${current.name}` : t('savedViews.label')}
        data-testid="board-views-button"
        onClick={() => setOpen(!open)}
      >
        <Icon name="columns" size={18} />
      </button>
      <div className="board-views-popover" role="dialog" aria-label={t('savedViews.label')} hidden={!open}>
        <SavedViews list="board" />
      </div>
    </div>
  );
};
