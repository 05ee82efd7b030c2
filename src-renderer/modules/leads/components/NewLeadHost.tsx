import { useState } from 'react';
import { lazyPart } from '../../../ui/lazyPart';
import { useNewLeadShortcut } from '../hooks/useNewLeadShortcut';

// The form's code loads when first opened; the shortcut listens from the first paint, so an
// "L" pressed while the page is still loading is not lost.
const NewLeadDialog = lazyPart(() => import('./NewLeadDialog'), 'NewLeadDialog');

/** The app-wide new-lead form behind the "L" shortcut, on whatever page is open. */
export const NewLeadHost = () => {
  const [open, setOpen] = useState(false);
  useNewLeadShortcut(() => setOpen(true));
  return open ? <NewLeadDialog open onClose={() => setOpen(false)} /> : null;
};
