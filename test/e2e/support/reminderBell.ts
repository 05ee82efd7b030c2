import type { Page } from '@playwright/test';

/** The top bar's reminders bell (ru), its count badge and the reminders listed in its popover. */
export const reminderBell = (page: Page) => ({
  bell: page.getByRole('button', { name: /^Напоминания/ }),
  count: page.getByTestId('reminder-count'),
  reminder: (text: string) => page.getByTestId('reminder').filter({ hasText: text }),
});
