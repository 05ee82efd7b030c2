import type { HandlersOf } from '../../Handlers';
import { dismissReminder, listReminders, scanReminders, snoozeReminder } from './reminders.service';

type ReminderMethods = 'reminders.list' | 'reminders.scan' | 'reminders.snooze' | 'reminders.dismiss';

export const remindersHandlers: HandlersOf<ReminderMethods> = {
  'reminders.list': (_input, ctx) => listReminders(ctx),
  'reminders.scan': (_input, ctx) => scanReminders(ctx),
  'reminders.snooze': (input, ctx) => snoozeReminder(ctx, input),
  'reminders.dismiss': (input, ctx) => dismissReminder(ctx, input),
};
