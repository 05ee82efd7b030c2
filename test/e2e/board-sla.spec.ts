import { expect, test } from './fixtures';
import { ageDeals, type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';
import { card, column } from './support/boardPage';

/**
 * Speed to lead on the board: a card in a stage with SLA hours counts down to the first outbound
 * touch, turns red once the deadline has passed, and drops the clock when a call is logged.
 */
for (const language of ['ru', 'en'] as const) {
  test.describe(`board SLA clock (${language})`, () => {
    let ws: BoardWorkspace;
    test.use({ viewport: { width: 1280, height: 720 } });
    test.beforeAll(async () => {
      ws = await startBoardWorkspace(language);
    });
    test.afterAll(async () => {
      await ws.host.stop();
    });

    test('a new lead counts down its 4 hours, shows the breach once back-dated, and a call clears it', async ({
      page,
    }) => {
      const ru = language === 'ru';
      const [fresh, waiting] = await seedBoardDeals(ws.rpc, [
        {
          title: ru ? 'Заявка с сайта: станки ЧПУ' : 'Web enquiry: CNC machines',
          valueMinor: 3_400_000_00,
          stageKey: 'new_lead',
          ownerId: ws.anna.id,
          company: ru ? 'ООО «Техмаш»' : 'Techmash Ltd',
        },
        {
          title: ru ? 'Входящий звонок: склад' : 'Inbound call: warehouse',
          valueMinor: 920_000_00,
          stageKey: 'new_lead',
          ownerId: ws.oleg.id,
          company: ru ? 'АО «Логистик»' : 'Logistic plc',
        },
      ]);
      const lane = column(page, 'new_lead');
      await page.goto(`${ws.host.url}#/pipeline`);
      const freshClock = card(lane, fresh!.title).getByTestId('card-sla');
      await expect(freshClock).toHaveText(ru ? /^Осталось\s3\sч\s5\d\sмин$/ : /^3\sh\s5\d\smin\sleft$/);
      await expect(freshClock).toHaveAttribute('data-sla', 'running');
      await expect(freshClock).toHaveAttribute(
        'title',
        ru ? /^Срок первого контакта: .+ \(4 ч/ : /^First contact due .+ \(4 h/,
      );

      // Entered the stage 7 hours ago: the 4-hour deadline passed 3 hours ago.
      ageDeals(ws.host.dbPath, [{ dealId: waiting!.id, days: 0.25 }]);
      await page.reload();
      const waitingClock = card(lane, waiting!.title).getByTestId('card-sla');
      await expect(waitingClock).toHaveText(
        ru ? /^SLA нарушен 3\sч\s0\sмин назад$/ : /^SLA breached 3\sh\s0\smin ago$/,
      );
      await expect(waitingClock).toHaveAttribute('data-sla', 'breached');
      await expect(waitingClock).toHaveCSS('color', 'rgb(192, 57, 43)');
      await expect(freshClock).toHaveAttribute('data-sla', 'running');
      await page.screenshot({ path: `test-results/screenshots/board-sla-${language}.png`, animations: 'disabled' });

      // A note and an inbound call are no touch: the clock stays.
      await ws.rpc('activities.log', { dealId: waiting!.id, type: 'note', subject: 'x' });
      await ws.rpc('activities.log', { dealId: waiting!.id, type: 'call', direction: 'inbound' });
      await page.reload();
      await expect(waitingClock).toHaveAttribute('data-sla', 'breached');

      // A, then Enter on the card: a call now, and the clock goes; the other card keeps its own.
      await card(lane, waiting!.title).focus();
      await page.keyboard.press('a');
      const dialog = page.getByRole('dialog', {
        name: `${ru ? 'Новая активность' : 'New activity'}: ${waiting!.title}`,
      });
      await expect(dialog.getByRole('radio', { name: ru ? 'Звонок' : 'Call' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(waitingClock).toHaveCount(0);
      await expect(card(lane, waiting!.title)).toBeVisible();
      await expect(freshClock).toHaveAttribute('data-sla', 'running');
    });

    test('a lead called before its deal was made shows no clock, as its drawer says it was touched', async ({
      page,
    }) => {
      const ru = language === 'ru';
      const [called] = await seedBoardDeals(ws.rpc, [
        {
          title: ru ? 'Звонили до сделки: стеллажи' : 'Called before the deal: racks',
          valueMinor: 150_000_00,
          stageKey: 'new_lead',
          ownerId: ws.anna.id,
        },
      ]);
      const deal = await ws.rpc('deals.get', { id: called!.id });
      await ws.rpc('activities.log', { dealId: called!.id, type: 'call', doneAt: deal.createdAt - 3_600_000 });
      await page.goto(`${ws.host.url}#/pipeline`);
      const lane = column(page, 'new_lead');
      await expect(card(lane, called!.title)).toBeVisible();
      await expect(card(lane, called!.title).getByTestId('card-sla')).toHaveCount(0);
      await card(lane, called!.title).click();
      await expect(page.getByRole('dialog')).toContainText(ru ? 'до создания сделки' : 'before the deal was created');
    });
  });
}
