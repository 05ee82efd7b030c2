import { useEffect, useState, useSyncExternalStore } from 'react';
import { type Screen, screenFromHash } from './pages';
import { PAGE_VIEWS } from './pageViews';
import { subscribeToHash } from './subscribeToHash';

/**
 * How long a click on another page keeps the current one on screen while the new page's code
 * downloads. Rendered before its code is in, the page suspends, its boundary shows the fallback,
 * and React 19 then holds the page back until 300 ms after the fallback showed, however soon the
 * code came (a first visit to My day took ~410 ms for a chunk fetched in tens). A download slower
 * than this shows the fallback after all.
 */
const PAGE_CODE_WAIT_MS = 400;

/** One object per distinct screen, so useSyncExternalStore sees a stable snapshot. */
let last: Screen | null = null;
const snapshot = (): Screen => {
  const next = screenFromHash(window.location.hash);
  if (last && last.page === next.page && last.nav === next.nav && last.heading === next.heading) return last;
  last = next;
  return next;
};

const codeIsIn = (screen: Screen): boolean => {
  const view = screen.page ? PAGE_VIEWS[screen.page] : undefined;
  return !view || view.isLoaded();
};

/** Settles once the screen's page code is in, its download failed, or PAGE_CODE_WAIT_MS passed. */
const codeOrTimeout = (screen: Screen): Promise<void> => {
  const view = screen.page ? PAGE_VIEWS[screen.page] : undefined;
  const code = view ? view.preload() : Promise.resolve();
  return Promise.race([code, new Promise<void>((resolve) => setTimeout(resolve, PAGE_CODE_WAIT_MS))]);
};

/**
 * The current screen from the URL hash, so a reload (or the desktop app's next start with the same
 * URL) returns to the page the user was on. No server routes are involved. A screen whose page
 * code is still downloading is shown once it is in (see PAGE_CODE_WAIT_MS); until then the
 * previous screen stays.
 */
export const useHashRoute = (): Screen => {
  const wanted = useSyncExternalStore(subscribeToHash, snapshot);
  const [shown, setShown] = useState(wanted);
  const ready = codeIsIn(wanted);
  // Remembered during render (React's pattern for state derived from a change): the screen on show.
  if (ready && shown !== wanted) setShown(wanted);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void codeOrTimeout(wanted).then(() => {
      if (current) setShown(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted, ready]);
  return ready ? wanted : shown;
};
