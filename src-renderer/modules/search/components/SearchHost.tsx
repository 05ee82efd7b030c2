import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { lazyPart } from '../../../ui/lazyPart';
import { useSearchShortcut } from '../hooks/useSearchShortcut';
import { useSearchPaletteStore } from '../stores/searchPaletteStore';
import './SearchHost.css';

// The palette's code loads when first opened, not with the page.
const SearchPalette = lazyPart(() => import('./SearchPalette'), 'SearchPalette');

const isMac = (): boolean => /mac/iu.test(navigator.platform);

/** The top bar's search button, the app-wide Ctrl/Cmd+K, and the palette while open. */
export const SearchHost = () => {
  const { t } = useTranslation();
  const open = useSearchPaletteStore((state) => state.open);
  useSearchShortcut();
  return (
    <>
      <button
        type="button"
        className="search-button"
        data-testid="search-button"
        aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'}
        onClick={() => useSearchPaletteStore.getState().show()}
      >
        <Icon name="search" size={16} />
        <span>{t('search.button')}</span>
        <kbd>{isMac() ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      {open ? <SearchPalette /> : null}
    </>
  );
};
