import { lazyPart } from '../../../ui/lazyPart';
import { useLogShortcut } from '../hooks/useLogShortcut';
import { useLogActivityStore } from '../stores/logActivityStore';
import { logTargetFromFocus } from '../utils/logTargetFromFocus';

// The form and the picker load when first used, not with the board.
const LogActivityDialogs = lazyPart(() => import('./LogActivityDialogs'), 'LogActivityDialogs');

/**
 * "A" anywhere logs an activity on the record in view: the focused board card's deal, else the
 * page's record (a company), else it asks which record. The open deal drawer handles "A" itself.
 */
export const LogActivityHost = () => {
  const shown = useLogActivityStore((state) => state.target !== null || state.picking);
  useLogShortcut(() => {
    if (document.querySelector('[data-testid="deal-drawer"]')) return false;
    const store = useLogActivityStore.getState();
    const target = logTargetFromFocus(document.activeElement) ?? store.inView;
    if (target) store.open(target);
    else store.pick();
  });
  return shown ? <LogActivityDialogs /> : null;
};
