import { useState } from 'react';
import { useNewLeadShortcut } from '../hooks/useNewLeadShortcut';
import { NewLeadDialog } from './NewLeadDialog';

/** The app-wide new-lead form behind the "L" shortcut, on whatever page is open. */
export const NewLeadHost = () => {
  const [open, setOpen] = useState(false);
  useNewLeadShortcut(() => setOpen(true));
  return <NewLeadDialog open={open} onClose={() => setOpen(false)} />;
};
