import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';
import { card, column } from './support/boardPage';

/**
 * Board cards against the real core: each card shows its deal's next task (red when overdue) and
 * "no next step" when no task lies ahead; completing the last task in the drawer asks for the next
 * step, and planning it clears the card's mark.
 */
const DAY = 86_400_000;

for (const language of ['ru', 'en'] as const) {
  test.describe(`board next steps (${language})`, () => {
    let ws: BoardWorkspace;
    test.use({ viewport: { width: 1280, height: 720 } });
    test.beforeAll(async () => {
      ws = await startBoardWorkspace(language);
    });
    test.afterAll(async () => {
      await ws.host.stop();
    });

    test('cards show the next task, red when overdue, and "no next step"; the drawer asks for the next one', async ({
      page,
    }) => {
      const ru = language === 'ru';
      const [bare, planned, late] = await seedBoardDeals(ws.rpc, [
        {
          title: ru ? 'Поставка серверов' : 'Server supply',
          valueMinor: 1_200_000_00,
          stageKey: 'new_lead',
          ownerId: ws.anna.id,
          company: ru ? 'ООО «Северсталь-Инфо»' : 'Northwind Ltd',
        },
        {
          title: ru ? 'Лицензии CRM на 40 мест' : 'CRM licences, 40 seats',
          valueMinor: 480_000_00,
          stageKey: 'new_lead',
          ownerId: ws.oleg.id,
          company: ru ? 'АО «Ромашка»' : 'Contoso',
        },
        {
          title: ru
            ? 'Внедрение 1С: Управление торговлей с очень длинным названием'
            : 'A rollout with a rather long title that wraps twice',
          valueMinor: 2_750_000_00,
          stageKey: 'new_lead',
          ownerId: ws.anna.id,
          company: ru ? 'ПАО «Длинное название компании»' : 'Fabrikam',
        },
      ]);
      const now = Date.now();
      await ws.rpc('activities.plan', {
        dealId: planned!.id,
        type: 'call',
        subject: ru ? 'Созвон с ЛПР по бюджету и срокам' : 'Call the decision maker about budget and timing',
        dueAt: now + 2 * DAY,
      });
      const overdue = await ws.rpc('activities.plan', {
        dealId: late!.id,
        subject: ru ? 'Отправить КП' : 'Send the proposal',
        dueAt: now - 3 * DAY,
      });

      await page.goto(`${ws.host.url}#/pipeline`);
      const lane = column(page, 'new_lead');
      const noNext = ru ? 'Нет шага' : 'No next step';

      const bareCard = card(lane, bare!.title);
      await expect(bareCard.getByTestId('card-no-next')).toHaveText(noNext);
      await expect(bareCard.getByTestId('card-next-task')).toHaveCount(0);

      const plannedCard = card(lane, planned!.title);
      await expect(plannedCard.getByTestId('card-no-next')).toHaveCount(0);
      const plannedTask = plannedCard.getByTestId('card-next-task');
      await expect(plannedTask).toContainText(ru ? 'Созвон с ЛПР' : 'Call the decision maker');
      await expect(plannedTask).not.toHaveClass(/is-overdue/);

      // Only an overdue task: red, and no next step either.
      const lateCard = card(lane, late!.title);
      const lateTask = lateCard.getByTestId('card-next-task');
      await expect(lateTask).toContainText(ru ? 'Отправить КП' : 'Send the proposal');
      await expect(lateTask).toHaveClass(/is-overdue/);
      await expect(lateTask).toHaveCSS('color', 'rgb(192, 57, 43)');
      await expect(lateTask).toHaveAttribute(
        'title',
        new RegExp(ru ? '^Задача просрочена: Отправить КП' : '^Task overdue: Send the proposal'),
      );
      await expect(lateCard.getByTestId('card-no-next')).toBeVisible();
      // The overdue task also raises a reminder: counted in red on the top bar's bell, covering no
      // card (the click below reaches the first column's card without putting it away).
      await expect(page.getByTestId('reminder-count')).toHaveClass(/is-overdue/);
      await expect(page.getByTestId('reminder')).toHaveCount(0);
      await page.screenshot({
        path: `test-results/screenshots/board-next-steps-${language}.png`,
        animations: 'disabled',
      });

      // Complete the overdue task in the drawer: it asks for the next step, the cursor in the planner.
      await lateCard.click();
      const drawer = page.getByRole('dialog', { name: late!.title });
      const tasks = drawer.getByTestId('deal-tasks');
      await tasks.getByRole('button', { name: ru ? 'Выполнить: Отправить КП' : 'Complete: Send the proposal' }).click();
      await expect(tasks.getByTestId('ask-next-step')).toBeVisible();
      const subject = tasks.getByRole('textbox', { name: ru ? 'Тема' : 'Subject' });
      await expect(subject).toBeFocused();
      expect((await ws.rpc('activities.get', { id: overdue.id })).doneAt).not.toBeNull();
      await page.keyboard.type(ru ? 'Согласовать договор' : 'Agree the contract');
      await page.keyboard.press('Enter');
      await expect(
        tasks.getByTestId('task-row').filter({ hasText: ru ? 'Согласовать договор' : 'Agree the contract' }),
      ).toBeVisible();
      await expect(tasks.getByTestId('ask-next-step')).toHaveCount(0);
      await expect(tasks.getByTestId('no-next-step')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      // The card follows: the new task, not red, and no mark.
      await expect(lateTask).toContainText(ru ? 'Согласовать договор' : 'Agree the contract');
      await expect(lateTask).not.toHaveClass(/is-overdue/);
      await expect(lateCard.getByTestId('card-no-next')).toHaveCount(0);
    });
  });
}
