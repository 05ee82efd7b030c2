import { openDeal } from '../../dealDrawer/hooks/useDealRoute';

/** A reminder opens its task's deal in the drawer, or My day when the task has no deal. */
export const openReminder = (dealId: string | null): void => {
  if (dealId) openDeal(dealId);
  else window.location.hash = '#/activities';
};
