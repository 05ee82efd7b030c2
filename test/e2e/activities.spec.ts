import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/**
 * Logging activities from the deal drawer against the real core: the keyboard shortcut opens the
 * log form, the call shows in the deal's timeline with its details, is edited, deleted and brought
 * back with Undo.
 */
const ws = useBoardWorkspace();

/** The rows of My day's today and upcoming sections: where a task due within hours lands, by the clock. */
const openTasks = (page: Page) =>
  page.locator('[data-testid="my-day-today"], [data-testid="my-day-upcoming"]').getByTestId('task-row');

test('log a call from the drawer with the keyboard, see it in the timeline, edit it, delete it with Undo', async ({
  page,
}) => {
  const tag = `Звонки ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    {
      title: `${tag} внедрение`,
      valueMinor: 500_000_00,
      stageKey: 'new_lead',
      ownerId: ws.anna.id,
      company: `ООО «Луч» ${tag}`,
    },
  ]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByRole('dialog', { name: `${tag} внедрение` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('timeline-entry')).toHaveCount(1);

  // "A" opens the log form; the call type is chosen and the cursor is in the type group.
  await page.keyboard.press('a');
  const form = page.getByTestId('activity-form');
  await expect(form).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Новая активность' })).toBeVisible();
  await expect(form.getByRole('radio', { name: 'Звонок' })).toBeChecked();
  await form.getByLabel('Результат').selectOption({ label: 'Дозвонился' });
  await form.getByLabel('Длительность, мин').fill('7');
  await form.getByLabel('Тема').fill('Знакомство с ЛПР');
  await form.getByLabel('Комментарий').fill('Просит КП до пятницы');
  await page.screenshot({ path: 'test-results/screenshots/activity-log-form-ru.png' });
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();

  const entry = drawer.getByTestId('timeline-entry').filter({ hasText: 'Звонок · Знакомство с ЛПР' });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Исходящий · Дозвонился · 7 мин');
  await expect(entry).toContainText('Просит КП до пятницы');
  await expect(entry).toContainText('Анна Смирнова');
  // Newest first: the call sits above the deal's creation.
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText('Звонок · Знакомство с ЛПР');
  await entry.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/activity-timeline-ru.png' });

  // The core has it, linked to the deal's company.
  const history = await ws.rpc('timeline.page', { subject: 'deal', id: deal!.id });
  const logged = history.entries.find((item) => item.kind === 'activity');
  expect(logged?.kind === 'activity' ? logged.activity : null).toMatchObject({
    type: 'call',
    outcome: 'reached',
    durationSec: 420,
    companyId: deal!.companyId,
  });

  // Edit: the form opens with the call's values.
  await entry.getByRole('button', { name: 'Изменить' }).click();
  const edit = page.getByRole('dialog', { name: 'Изменить активность' });
  await expect(edit.getByLabel('Тема')).toHaveValue('Знакомство с ЛПР');
  await expect(edit.getByLabel('Результат')).toHaveValue('reached');
  await edit.getByLabel('Тема').fill('Первый звонок ЛПР');
  await edit.getByRole('radio', { name: 'Встреча' }).check();
  await expect(edit.getByLabel('Результат')).toHaveCount(0);
  await edit.getByTestId('activity-submit').click();
  const edited = drawer.getByTestId('timeline-entry').filter({ hasText: 'Встреча · Первый звонок ЛПР' });
  await expect(edited).toBeVisible();
  await expect(edited).not.toContainText('Дозвонился');

  // Delete, then Undo.
  await edited.getByRole('button', { name: 'Удалить' }).click();
  await expect(drawer.getByTestId('timeline-entry').filter({ hasText: 'Первый звонок ЛПР' })).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Активность удалена' });
  await toast.getByRole('button', { name: 'Отменить' }).click();
  await expect(drawer.getByTestId('timeline-entry').filter({ hasText: 'Встреча · Первый звонок ЛПР' })).toBeVisible();
});

test('a back-dated call lands at its time; a future one is refused with the reason', async ({ page }) => {
  const tag = `Назад ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByRole('dialog', { name: `${tag} сделка` });
  await drawer.getByTestId('log-activity').click();
  const form = page.getByTestId('activity-form');
  await form.getByLabel('Когда').fill('2099-01-01T10:00');
  await form.getByTestId('activity-submit').click();
  await expect(form.getByTestId('activity-doneAt-error')).toHaveText(
    'Нельзя записать активность в будущем: запланируйте задачу',
  );
  await form.getByRole('radio', { name: 'Письмо' }).check();
  await form.getByLabel('Когда').fill('2020-03-05T09:30');
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  // Older than the deal's creation: it sits at the bottom, below "created".
  const last = drawer.getByTestId('timeline-entry').last();
  await expect(last).toContainText('Письмо');
  await expect(last).toContainText('05.03.2020');
});

test('My day: overdue, today and upcoming tasks; j/x completes from the keyboard, the check button too, Undo reopens', async ({
  page,
}) => {
  const tag = `День ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  const now = Date.now();
  const overdue = await ws.rpc('activities.plan', {
    type: 'call',
    subject: `${tag} перезвонить`,
    dueAt: now - 3 * 86_400_000,
    dealId: deal!.id,
  });
  const later = await ws.rpc('activities.plan', { subject: `${tag} договор`, dueAt: now + 5 * 86_400_000 });
  await ws.rpc('activities.plan', { subject: `${tag} чужая`, dueAt: now - 86_400_000, ownerId: ws.oleg.id });

  await page.goto(`${ws.host.url}#/activities`);
  const overdueSection = page.getByTestId('my-day-overdue');
  await expect(overdueSection.getByTestId('task-row').filter({ hasText: `${tag} перезвонить` })).toBeVisible();
  await expect(overdueSection).toContainText('просрочено');
  await expect(overdueSection).toContainText(`${tag} сделка`);
  await expect(
    page
      .getByTestId('my-day-upcoming')
      .getByTestId('task-row')
      .filter({ hasText: `${tag} договор` }),
  ).toBeVisible();
  // Oleg's task is not on Anna's day, but is on the team's.
  await expect(page.getByText(`${tag} чужая`)).toHaveCount(0);

  // A task planned on the page (due in an hour) lands today, or tomorrow in the last hour of the day.
  await page.getByRole('textbox', { name: 'Тема' }).fill(`${tag} написать`);
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await expect(openTasks(page).filter({ hasText: `${tag} написать` })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/my-day-ru.png' });

  // j focuses the first row (the overdue call); x completes it.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('j');
  await expect(overdueSection.getByTestId('task-row').first()).toBeFocused();
  await page.keyboard.press('x');
  const done = page
    .getByTestId('my-day-doneToday')
    .getByTestId('task-row')
    .filter({ hasText: `${tag} перезвонить` });
  await expect(done).toBeVisible();
  await expect(overdueSection.getByText(`${tag} перезвонить`)).toHaveCount(0);
  expect((await ws.rpc('activities.get', { id: overdue.id })).doneAt).not.toBeNull();
  // The completed call is the deal's first touch.
  expect((await ws.rpc('activities.firstTouch', { dealId: deal!.id })).activity?.id).toBe(overdue.id);

  // Undo in the toast reopens it.
  await page
    .getByRole('status')
    .filter({ hasText: 'Задача выполнена' })
    .getByRole('button', { name: 'Отменить' })
    .click();
  await expect(overdueSection.getByTestId('task-row').filter({ hasText: `${tag} перезвонить` })).toBeVisible();

  // The round button completes too; the team view shows Oleg's task.
  await page.getByRole('button', { name: `Выполнить: ${tag} договор` }).click();
  await expect(page.getByTestId('my-day-doneToday')).toContainText(`${tag} договор`);
  expect((await ws.rpc('activities.get', { id: later.id })).doneAt).not.toBeNull();
  await page.getByRole('combobox', { name: 'Чей день' }).selectOption({ label: 'Вся команда' });
  await expect(page.getByText(`${tag} чужая`)).toBeVisible();
});

/** Presses j until `row` has the focus (keyboard only: where it sits in the list depends on the clock). */
const focusWithJ = async (page: Page, row: Locator) => {
  for (let step = 0; step < 60; step += 1) {
    if (await row.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('j');
  }
  throw new Error('j never reached the row');
};

test('My day: Shift+X completes a task by logging the call that did it, from the keyboard; Undo reopens; the call is in the deal’s timeline', async ({
  page,
}) => {
  const tag = `Итог ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  // Due a minute ago: today (or overdue right after midnight); either way an open row.
  const task = await ws.rpc('activities.plan', {
    type: 'call',
    subject: `${tag} позвонить ЛПР`,
    dueAt: Date.now() - 60_000,
    dealId: deal!.id,
  });
  await page.goto(`${ws.host.url}#/activities`);
  const open = page.locator(
    '[data-testid="my-day-overdue"], [data-testid="my-day-today"], [data-testid="my-day-upcoming"]',
  );
  const row = open.getByTestId('task-row').filter({ hasText: `${tag} позвонить ЛПР` });
  await expect(row.getByRole('button', { name: `Выполнить и записать: ${tag} позвонить ЛПР` })).toHaveAttribute(
    'aria-keyshortcuts',
    'Shift+X',
  );
  await expect(page.getByText('Shift+X — выполнить и записать')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/my-day-complete-and-log-ru.png' });

  await focusWithJ(page, row);
  await page.keyboard.press('Shift+X');
  const dialog = page.getByRole('dialog', { name: `Выполнить и записать: ${tag} сделка` });
  const form = dialog.getByTestId('activity-form');
  // Prefilled from the task: its kind and subject; the cursor starts in the kind.
  await expect(form.getByRole('radio', { name: 'Звонок' })).toBeChecked();
  await expect(form.getByRole('radio', { name: 'Звонок' })).toBeFocused();
  await expect(form.getByLabel('Тема')).toHaveValue(`${tag} позвонить ЛПР`);
  await page.screenshot({ path: 'test-results/screenshots/my-day-complete-and-log-form-ru.png' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Результат')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Результат')).toHaveValue('reached');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Длительность, мин')).toBeFocused();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // One write: the task itself is now the logged call, done today.
  const done = page
    .getByTestId('my-day-doneToday')
    .getByTestId('task-row')
    .filter({ hasText: `${tag} позвонить ЛПР` });
  await expect(done).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await ws.rpc('activities.get', { id: task.id })).toMatchObject({
    type: 'call',
    outcome: 'reached',
    durationSec: 360,
    dealId: deal!.id,
    doneAt: expect.any(Number),
  });

  // Undo, as after x: the task is open again.
  await page
    .getByRole('status')
    .filter({ hasText: 'Задача выполнена' })
    .getByRole('button', { name: 'Отменить' })
    .click();
  await expect(row).toBeVisible();
  await expect(done).toHaveCount(0);
  expect((await ws.rpc('activities.get', { id: task.id })).doneAt).toBeNull();

  // Again with the row's button, and the call shows in the deal's timeline with what was logged.
  await row.getByRole('button', { name: `Выполнить и записать: ${tag} позвонить ЛПР` }).click();
  await form.getByLabel('Результат').selectOption({ label: 'Дозвонился' });
  await form.getByLabel('Длительность, мин').fill('6');
  await form.getByTestId('activity-submit').click();
  await expect(dialog).toBeHidden();
  await expect(done).toBeVisible();
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const entry = page
    .getByRole('dialog', { name: `${tag} сделка` })
    .getByTestId('timeline-entry')
    .filter({ hasText: `Звонок · ${tag} позвонить ЛПР` });
  await expect(entry).toContainText('Дозвонился · 6 мин');
});

test('the drawer plans a next step and completes it while logging the call; the first touch shows', async ({
  page,
}) => {
  const tag = `Шаг ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByRole('dialog', { name: `${tag} сделка` });
  await expect(drawer.getByTestId('first-touch')).toHaveText('Первое касание: ещё не было');
  const tasks = drawer.getByTestId('deal-tasks');
  await expect(tasks.getByTestId('no-next-step')).toHaveText('Нет следующего шага');
  await tasks.getByRole('textbox', { name: 'Тема' }).fill('Позвонить ЛПР');
  await tasks.getByRole('button', { name: 'Запланировать' }).click();
  const row = tasks.getByTestId('task-row').filter({ hasText: 'Позвонить ЛПР' });
  await expect(row).toBeVisible();
  await expect(tasks.getByTestId('no-next-step')).toHaveCount(0);

  // The drawer has no task keys (x, Shift+X are My day's), so its buttons announce none.
  await expect(row.getByRole('button', { name: 'Выполнить и записать' })).not.toHaveAttribute('aria-keyshortcuts');
  await row.getByRole('button', { name: 'Выполнить и записать' }).click();
  const form = page.getByTestId('activity-form');
  await expect(form.getByRole('radio', { name: 'Звонок' })).toBeChecked();
  await form.getByLabel('Результат').selectOption({ label: 'Дозвонился' });
  await form.getByLabel('Комментарий').fill('Назначили демо');
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  await expect(tasks.getByTestId('task-row')).toHaveCount(0);
  // With nothing ahead, the drawer asks for the next step (the cursor in the planner); Not now leaves the mark.
  await expect(tasks.getByTestId('ask-next-step')).toHaveText(/Какой следующий шаг/);
  await expect(tasks.getByRole('textbox', { name: 'Тема' })).toBeFocused();
  await tasks.getByRole('button', { name: 'Не сейчас' }).click();
  await expect(tasks.getByTestId('no-next-step')).toBeVisible();
  const entry = drawer.getByTestId('timeline-entry').filter({ hasText: 'Звонок · Позвонить ЛПР' });
  await expect(entry).toContainText('Исходящий · Дозвонился — Назначили демо');
  // Seconds after the deal was created: «сразу» (a slow run may take a minute: «через 1 минуту»).
  await expect(drawer.getByTestId('first-touch')).toContainText(/· (сразу|через )/);
  const touch = await ws.rpc('activities.firstTouch', { dealId: deal!.id });
  expect(touch.activity).toMatchObject({ type: 'call', outcome: 'reached', body: 'Назначили демо' });
  await page.screenshot({ path: 'test-results/screenshots/deal-drawer-tasks-ru.png' });
});

test('the drawer’s timeline: a call and a stage move newest first, filtered by kind, older lines paged in', async ({
  page,
}) => {
  const tag = `Лента ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  // A long past: 55 notes written a day ago, so the first page (50 lines) does not hold them all.
  const dayAgo = Date.now() - 86_400_000;
  for (let index = 0; index < 55; index += 1)
    await ws.rpc('activities.log', {
      type: 'note',
      subject: `Заметка ${index + 1}`,
      dealId: deal!.id,
      doneAt: dayAgo + index * 1000,
    });
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByRole('dialog', { name: `${tag} сделка` });
  const entries = drawer.getByTestId('timeline-entry');
  // The first page holds 50 lines (a loaded CI machine may take a while to open a 57-line deal).
  await expect(entries).toHaveCount(50, { timeout: 15_000 });

  await page.keyboard.press('a');
  const form = page.getByTestId('activity-form');
  await form.getByLabel('Тема').fill('Созвон после демо');
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  await drawer.getByRole('button', { name: 'Перевести на этап «Квалификация»' }).click();
  // Newest first: the move, the call, the deal's creation, then the notes of the day before.
  await expect(entries.first()).toContainText(/Этап изменён\s*Новый лид/);
  await expect(entries.nth(1)).toContainText('Звонок · Созвон после демо');
  await expect(entries.nth(2)).toContainText('Сделка создана');
  await expect(entries.nth(3)).toContainText('Заметка 55');

  const filter = drawer.getByRole('group', { name: 'Что показать в истории' });
  await filter.getByRole('button', { name: 'Этапы' }).click();
  await expect(filter.getByRole('button', { name: 'Этапы' })).toHaveAttribute('aria-pressed', 'true');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Этап изменён');
  await expect(entries.last()).toContainText('Сделка создана');
  await drawer.getByRole('heading', { name: 'История' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/timeline-filter-ru.png' });

  await filter.getByRole('button', { name: 'Дела' }).click();
  await expect(entries.first()).toContainText('Звонок · Созвон после демо');
  await expect(entries).toHaveCount(50);
  await expect(entries.filter({ hasText: 'Этап изменён' })).toHaveCount(0);
  // The 56 activities: the page's cursor brings the last six, none twice, and no more to show.
  await drawer.getByRole('button', { name: 'Показать более ранние' }).click();
  await expect(entries).toHaveCount(56);
  await expect(entries.last()).toContainText('Заметка 1');
  await expect(entries.filter({ hasText: 'Заметка 50' })).toHaveCount(1);
  await expect(drawer.getByRole('button', { name: 'Показать более ранние' })).toHaveCount(0);

  await filter.getByRole('button', { name: 'Всё' }).click();
  await expect(entries).toHaveCount(50);
  await expect(entries.first()).toContainText('Этап изменён');
});

test('a manager rates a proposal 1–5 with a comment in the timeline; the rep sees the rating but cannot rate', async ({
  page,
}) => {
  const tag = `Оценка ${Date.now()}`;
  const manager = await ws.rpc('users.create', { name: `Ирина Руководитель ${tag}`, role: 'manager' });
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} КП`, valueMinor: 900_000_00, stageKey: 'proposal', ownerId: ws.anna.id },
  ]);
  await ws.rpc('activities.log', {
    type: 'proposal',
    dealId: deal!.id,
    subject: 'КП на 40 рабочих мест',
    amountMinor: 900_000_00,
    currency: 'RUB',
  });
  await ws.rpc('settings.set', { 'user.currentId': manager.id });
  try {
    await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
    const drawer = page.getByRole('dialog', { name: `${tag} КП` });
    const entry = drawer.getByTestId('timeline-entry').filter({ hasText: 'КП · КП на 40 рабочих мест' });
    await entry.getByRole('button', { name: 'Оценить' }).click();
    const form = entry.getByRole('form', { name: 'Оценка качества' });
    // A score is required; the form says so instead of saving nothing.
    await form.getByRole('button', { name: 'Сохранить оценку' }).click();
    await expect(form.getByRole('alert')).toHaveText('Выберите оценку от 1 до 5');
    await form.getByRole('radio', { name: '4 из 5' }).check();
    await form.getByLabel('Комментарий руководителя').fill('Сильное КП, добавить кейс из отрасли');
    await entry.screenshot({ path: 'test-results/screenshots/activity-review-form-ru.png' });
    await form.getByRole('button', { name: 'Сохранить оценку' }).click();
    await expect(form).toBeHidden();
    const rating = entry.getByTestId('activity-review');
    await expect(rating).toContainText('Оценка руководителя: 4 из 5');
    await expect(rating).toContainText(`Ирина Руководитель ${tag}`);
    await expect(rating).toContainText('Сильное КП, добавить кейс из отрасли');
    await expect(entry.getByRole('button', { name: 'Изменить оценку' })).toBeVisible();
    await entry.screenshot({ path: 'test-results/screenshots/activity-review-ru.png' });
    const timeline = await ws.rpc('timeline.page', { subject: 'deal', id: deal!.id, types: ['activity'] });
    const stored = timeline.entries.flatMap((line) => (line.kind === 'activity' ? [line.activity] : []));
    expect(stored).toMatchObject([{ type: 'proposal', reviewScore: 4, reviewedBy: manager.id }]);
  } finally {
    await ws.rpc('settings.set', { 'user.currentId': ws.anna.id });
  }
  // The rep sees the rating on her proposal, and no way to rate it herself.
  const entry = page
    .getByRole('dialog', { name: `${tag} КП` })
    .getByTestId('timeline-entry')
    .filter({ hasText: 'КП · КП на 40 рабочих мест' });
  await expect(entry.getByRole('button', { name: 'Изменить оценку' })).toHaveCount(0);
  await expect(entry.getByTestId('activity-review')).toContainText('4 из 5');
});

test('automation: one click enables "call a new lead", a new lead’s task names the rule on My day; a rule written in the editor reads as a sentence', async ({
  page,
}) => {
  const tag = `Автоматизация ${Date.now()}`;
  await page.goto(`${ws.host.url}#/settings`);
  const card = page.getByTestId('automation-card');
  const preset = card.getByTestId('preset-call_new_lead');
  await preset.getByRole('button', { name: 'Включить' }).click();
  await expect(preset.getByRole('button', { name: 'Выключить' })).toBeVisible();
  await expect(
    card.getByTestId('automation-rule').filter({ hasText: 'Позвонить новому лиду в срок SLA' }),
  ).toContainText(
    'Когда сделка попадает на этап «Новый лид»: создать задачу-звонок «Позвонить новому лиду» для ответственного со сроком через 4 часа.',
  );

  const [pipeline] = await ws.rpc('pipelines.list', {});
  const lead = await ws.rpc('leads.create', { pipelineId: pipeline!.id, contactName: `${tag} Иван` });
  await page.goto(`${ws.host.url}#/activities`);
  // Due in 4 hours: today, or upcoming when the test runs in the evening (Moscow time).
  const row = openTasks(page).filter({ hasText: lead.title });
  await expect(row).toContainText('Позвонить новому лиду');
  await expect(row.getByTestId('task-rule')).toHaveText('Правило: Позвонить новому лиду в срок SLA');
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/my-day-rule-task-ru.png' });

  await page.goto(`${ws.host.url}#/settings`);
  await card.getByRole('button', { name: 'Новое правило' }).click();
  const editor = page.getByRole('dialog', { name: 'Новое правило' });
  await editor.getByLabel('Название').fill(`${tag} квалификация`);
  await editor.getByLabel('Этап').selectOption({ label: 'Квалификация' });
  await editor.getByRole('button', { name: 'Добавить действие' }).click();
  await editor.getByLabel('Тема').fill('Квалифицировать по BANT');
  const sentence =
    'Когда сделка попадает на этап «Квалификация»: создать задачу-звонок «Квалифицировать по BANT» для ответственного со сроком через 4 часа.';
  await expect(editor.getByTestId('rule-editor-summary')).toHaveText(sentence);
  await page.screenshot({ path: 'test-results/screenshots/automation-editor-ru.png' });
  await editor.getByRole('button', { name: 'Сохранить' }).click();
  await expect(editor).toBeHidden();
  const written = card.getByTestId('automation-rule').filter({ hasText: `${tag} квалификация` });
  await expect(written.getByTestId('rule-summary')).toHaveText(sentence);
  await card
    .getByTestId('automation-rule')
    .filter({ hasText: 'Позвонить новому лиду в срок SLA' })
    .getByRole('button', { name: 'История' })
    .click();
  await expect(card.getByTestId('rule-run').filter({ hasText: lead.title })).toContainText('Выполнено');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/automation-settings-ru.png' });

  // The same in English; the rules are switched off after, so later tests' new leads stay untouched.
  await ws.rpc('settings.set', { 'ui.language': 'en' });
  try {
    await page.reload();
    await expect(card.getByTestId('preset-call_new_lead')).toContainText('Call a new lead within the SLA');
    await expect(written.getByTestId('rule-summary')).toHaveText(
      'When a deal enters Qualification, create a call task “Квалифицировать по BANT” for its owner due in 4 hours.',
    );
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/automation-settings-en.png' });
    await page.goto(`${ws.host.url}#/activities`);
    await expect(page.getByTestId('task-rule').first()).toHaveText('Rule: Позвонить новому лиду в срок SLA');
    await page.screenshot({ path: 'test-results/screenshots/my-day-rule-task-en.png' });
  } finally {
    await ws.rpc('settings.set', { 'ui.language': 'ru' });
    for (const rule of await ws.rpc('automation.list', {}))
      await ws.rpc('automation.setEnabled', { id: rule.id, enabled: false });
  }
});
