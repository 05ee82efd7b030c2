import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/**
 * Tasks on My day against the real core: planned with a kind and an assignee, rescheduled to a
 * date and time of the user's choosing (and back with Undo), from the keyboard too, reassigned to
 * another rep, whose day a manager opens with the owner filter that a reload keeps.
 */
const ws = useBoardWorkspace();

/** `YYYY-MM-DDTHH:mm` on Moscow's wall clock (the workspace and the browser zone). */
const moscowInput = (epochMs: number): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(epochMs)
    .replace(' ', 'T');

test('plan a call for a colleague and a meeting for me; reschedule to a chosen time, Undo, r on the keyboard; reassign; the owner filter survives a reload', async ({
  page,
}) => {
  const tag = `Задачи ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await ws.rpc('activities.plan', { subject: `${tag} встреча`, dueAt: Date.now() + 5 * 86_400_000, dealId: deal!.id });

  await page.goto(`${ws.host.url}#/activities`);
  const form = page.getByTestId('plan-task');
  // A task without a subject is refused, in words naming the field.
  await form.getByRole('button', { name: 'Запланировать' }).click();
  await expect(form.getByRole('alert')).toHaveText('Тема: Обязательное поле');
  await expect(form.getByRole('textbox', { name: 'Тема' })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('combobox', { name: 'Вид задачи' }).selectOption({ label: 'Звонок' });
  await form.getByRole('textbox', { name: 'Тема' }).fill(`${tag} звонок Олега`);
  await form.getByRole('combobox', { name: 'Исполнитель' }).selectOption({ label: 'Олег Кузнецов' });
  await page.screenshot({ path: 'test-results/screenshots/plan-task-ru.png' });
  await form.getByRole('button', { name: 'Запланировать' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Задача запланирована' })).toBeVisible();
  // Oleg's call is not on my day; the core has it with its kind and assignee.
  await expect(page.getByText(`${tag} звонок Олега`)).toHaveCount(0);
  const [olegs] = (await ws.rpc('activities.myDay', { ownerId: ws.oleg.id })).today
    .concat((await ws.rpc('activities.myDay', { ownerId: ws.oleg.id })).upcoming)
    .filter((task) => task.subject === `${tag} звонок Олега`);
  expect(olegs).toMatchObject({ type: 'call', ownerId: ws.oleg.id });
  // The picked assignee stays for the next task (planning a batch for one colleague).
  await expect(form.getByRole('combobox', { name: 'Исполнитель' })).toHaveValue(ws.oleg.id);

  // My meeting is upcoming, with its kind and my name on the row.
  const upcoming = page.getByTestId('my-day-upcoming');
  const overdue = page.getByTestId('my-day-overdue');
  const meeting = (section: typeof upcoming) => section.getByTestId('task-row').filter({ hasText: `${tag} встреча` });
  await expect(meeting(upcoming).getByTestId('task-type')).toHaveText('Задача');
  await expect(meeting(upcoming).getByRole('combobox', { name: `Исполнитель: ${tag} встреча` })).toHaveValue(
    ws.anna.id,
  );

  // Reschedule to yesterday 10:00: it moves to Overdue; Undo puts it back.
  await meeting(upcoming).getByRole('button', { name: 'Перенести' }).click();
  const popover = page.getByTestId('reschedule-popover');
  await expect(popover.getByRole('button', { name: /Через час/ })).toBeFocused();
  const yesterday = moscowInput(Date.now() - 86_400_000).slice(0, 10);
  await popover.getByLabel('Другие дата и время').fill(`${yesterday}T10:00`);
  await page.screenshot({ path: 'test-results/screenshots/my-day-reschedule-ru.png' });
  await popover.getByRole('button', { name: 'Перенести' }).click();
  await expect(popover).toBeHidden();
  await expect(meeting(overdue)).toBeVisible();
  await expect(meeting(upcoming)).toHaveCount(0);
  const moved = (await ws.rpc('activities.myDay', {})).overdue.find((task) => task.subject === `${tag} встреча`);
  expect(moscowInput(moved!.dueAt!)).toBe(`${yesterday}T10:00`);
  await page
    .getByRole('status')
    .filter({ hasText: 'Задача перенесена' })
    .getByRole('button', { name: 'Отменить' })
    .click();
  await expect(meeting(upcoming)).toBeVisible();
  await expect(meeting(overdue)).toHaveCount(0);

  // From the keyboard: r opens reschedule on the focused row, Escape closes it, Enter picks "in an hour".
  await meeting(upcoming).focus();
  await page.keyboard.press('r');
  await expect(popover.getByRole('button', { name: /Через час/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await page.keyboard.press('r');
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  const inAnHour = (await ws.rpc('activities.myDay', {})).today
    .concat((await ws.rpc('activities.myDay', {})).upcoming)
    .find((task) => task.subject === `${tag} встреча`);
  expect(Math.abs(inAnHour!.dueAt! - (Date.now() + 3_600_000))).toBeLessThan(60_000);

  // Reassign to Oleg: it leaves my day (Undo would bring it back) and shows under his.
  const row = page.getByTestId('task-row').filter({ hasText: `${tag} встреча` });
  await row.getByRole('combobox', { name: `Исполнитель: ${tag} встреча` }).selectOption({ label: 'Олег Кузнецов' });
  await expect(page.getByRole('status').filter({ hasText: 'Задача передана: Олег Кузнецов' })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Чей день' }).selectOption({ label: 'Олег Кузнецов' });
  await expect(page).toHaveURL(new RegExp(`owner=${ws.oleg.id}`));
  await expect(row).toBeVisible();
  await expect(page.getByTestId('task-row').filter({ hasText: `${tag} звонок Олега` })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Чей день' })).toHaveValue(ws.oleg.id);
  await expect(row).toBeVisible();
  // A task planned while looking at Oleg's day is his by default.
  await expect(page.getByTestId('plan-task').getByRole('combobox', { name: 'Исполнитель' })).toHaveValue(ws.oleg.id);
});

test('the deal drawer plans for the deal’s owner, reschedules a next step to tomorrow 9:00 and reassigns it, each with Undo', async ({
  page,
}) => {
  const tag = `Ящик ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.oleg.id },
  ]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const tasks = page.getByRole('dialog', { name: `${tag} сделка` }).getByTestId('deal-tasks');
  // Oleg owns the deal: its next step is his unless someone else is picked.
  await expect(tasks.getByRole('combobox', { name: 'Исполнитель', exact: true })).toHaveValue(ws.oleg.id);
  await tasks.getByRole('combobox', { name: 'Вид задачи' }).selectOption({ label: 'Демонстрация' });
  await tasks.getByRole('textbox', { name: 'Тема' }).fill('Показать отчёты');
  await tasks.getByRole('button', { name: 'Запланировать' }).click();
  const row = tasks.getByTestId('task-row').filter({ hasText: 'Показать отчёты' });
  await expect(row.getByTestId('task-type')).toHaveText('Демонстрация');
  await expect(row.getByRole('combobox', { name: 'Исполнитель: Показать отчёты' })).toHaveValue(ws.oleg.id);

  // Escape closes the popover, not the drawer around it.
  await row.getByRole('button', { name: 'Перенести' }).click();
  await page.keyboard.press('Escape');
  await expect(tasks.getByTestId('reschedule-popover')).toBeHidden();
  await expect(row.getByRole('button', { name: 'Перенести' })).toBeFocused();
  await row.getByRole('button', { name: 'Перенести' }).click();
  await page.screenshot({ path: 'test-results/screenshots/deal-drawer-reschedule-ru.png' });
  await tasks
    .getByTestId('reschedule-popover')
    .getByRole('button', { name: /Завтра, 9:00/ })
    .click();
  // The row shows the new time once the core has it (read before that, the task was still as planned).
  await expect(row).toContainText(`09:00`);
  const [task] = await ws.rpc('activities.dealTasks', { dealId: deal!.id });
  const tomorrow = moscowInput(Date.now() + 86_400_000).slice(0, 10);
  expect(moscowInput(task!.dueAt!)).toBe(`${tomorrow}T09:00`);

  await row
    .getByRole('combobox', { name: 'Исполнитель: Показать отчёты' })
    .selectOption({ label: 'Анна Смирнова (я)' });
  await expect(row.getByRole('combobox', { name: 'Исполнитель: Показать отчёты' })).toHaveValue(ws.anna.id);
  await page
    .getByRole('status')
    .filter({ hasText: 'Задача передана: Анна Смирнова' })
    .getByRole('button', { name: 'Отменить' })
    .click();
  await expect(row.getByRole('combobox', { name: 'Исполнитель: Показать отчёты' })).toHaveValue(ws.oleg.id);
  expect((await ws.rpc('activities.get', { id: task!.id })).ownerId).toBe(ws.oleg.id);
});
