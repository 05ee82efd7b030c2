import type { Reminder } from '@shared/contract/schemas/reminders';
import { settingsSchema } from '@shared/contract/schemas/settings';
import { detectLanguage } from '@shared/i18n/detectLanguage';
import { Notification } from 'electron';
import type { BackendWorker } from '../worker/startBackendWorker';
import { type ReminderNotice, reminderNotices } from './reminderNotices';

/** What the notices need of the settings (the rest is not this code's to check). */
const wordingSchema = settingsSchema.pick({ 'ui.language': true, 'workspace.timeZone': true });

/** Notifications still on screen: one garbage-collected would lose its click handler. */
const onScreen = new Set<Notification>();

/**
 * Shows the core's `reminder.due` reminders as the OS's notifications, in the app's language and
 * the workspace's time zone (read from the core at the time); a click calls `onClick` (the shell
 * brings the window forward and has it open the record).
 */
export const showReminderNotices = async (
  worker: Pick<BackendWorker, 'dispatch'>,
  reminders: readonly Reminder[],
  osLocale: string,
  onClick: (notice: ReminderNotice) => void,
): Promise<void> => {
  if (!Notification.isSupported()) return;
  const envelope = await worker.dispatch('settings.get', {});
  const settings = envelope.ok ? wordingSchema.safeParse(envelope.value) : null;
  const language = detectLanguage(settings?.success ? settings.data['ui.language'] : null, osLocale);
  const timeZone = settings?.success ? settings.data['workspace.timeZone'] : 'UTC';
  for (const notice of reminderNotices(reminders, language, timeZone)) {
    const notification = new Notification({ title: notice.title, body: notice.body });
    const forget = () => onScreen.delete(notification);
    notification.on('click', () => {
      forget();
      onClick(notice);
    });
    notification.on('close', forget);
    onScreen.add(notification);
    notification.show();
  }
};
