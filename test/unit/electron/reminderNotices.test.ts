import type { Reminder } from '@shared/contract/schemas/reminders';
import { describe, expect, it } from 'vitest';
import { reminderNotices } from '../../../src-main/electron/reminderNotices';

const at = Date.UTC(2026, 11, 4, 12, 30);
const reminder = (subject: string, extra: Partial<Reminder> = {}): Reminder => ({
  taskId: '0190a000-0000-7000-8000-000000000001',
  dueAt: at,
  subject,
  dealId: null,
  dealTitle: null,
  companyId: null,
  contactId: null,
  overdue: false,
  ...extra,
});

describe('reminderNotices', () => {
  it('words each reminder as the bell does, in the workspace time zone, with its deal to open', () => {
    const dealId = '0190a000-0000-7000-8000-0000000000d1';
    expect(
      reminderNotices([reminder('Позвонить', { dealId, dealTitle: 'Вектор: CRM' })], 'ru', 'Europe/Moscow'),
    ).toEqual([
      {
        title: 'Позвонить',
        body: expect.stringMatching(/^Срок .*15:30 · Вектор: CRM$/),
        taskId: expect.any(String),
        dealId,
      },
    ]);
    expect(reminderNotices([reminder('Call back', { overdue: true })], 'en', 'UTC')[0]?.body).toMatch(
      /^Overdue since .*12:30/,
    );
  });

  it('makes many at once (missed while closed) one notification that opens My day', () => {
    const notices = reminderNotices(
      ['a', 'b', 'c', 'd'].map((subject) => reminder(subject)),
      'en',
      'UTC',
    );
    expect(notices).toEqual([{ title: 'Reminders (4)', body: 'a\nb\nc\nd', taskId: expect.any(String), dealId: null }]);
  });
});
