import { useEffect } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { openReminder } from '../utils/openReminder';

/** The desktop app's notification was clicked (main pushes `reminder.open`): show the task's deal. */
export const useReminderOpenRequests = (): void => {
  const client = useClient();
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'reminder.open') openReminder(event.dealId);
      }),
    [client],
  );
};
