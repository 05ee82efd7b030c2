import { useLayoutEffect } from 'react';
import { useSearchPaletteStore } from '../stores/searchPaletteStore';

/**
 * Ctrl+K (Cmd+K on a Mac) opens the search from anywhere, even from a text box, as in Pipedrive,
 * Slack or Linear. Read by the key's place (`KeyK`), so it works in the Russian layout (Ctrl+Л);
 * the browser's own Ctrl+K (its address bar search) is taken over. Listening from a layout effect:
 * the key works from the moment the search button is painted, not a frame or more after it (a
 * passive effect can wait behind a busy first render, and the press is lost).
 */
export const useSearchShortcut = (): void => {
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'KeyK' || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      useSearchPaletteStore.getState().show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
