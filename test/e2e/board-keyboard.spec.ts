import { expect, test } from './fixtures';
import { card, column, dragTo, pickUpAndMove } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, stageIdOf, startBoardWorkspace } from './support/boardWorkspace';
import { holdCalls } from './support/holdCalls';

/**
 * What a keyboard and screen-reader user gets from a drop: the outcome said after the core
 * answered (a refusal with its reason, never "moved"), and focus kept on the card.
 */
let ws: BoardWorkspace;

test.use({ viewport: { width: 1680, height: 940 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

const BANT = ['Бюджет подтверждён', 'ЛПР подтверждён', 'Потребность подтверждена', 'Сроки подтверждены'];

test('a refused keyboard move says why and keeps focus; after the ticks, "Move again" moves it and keeps focus', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const tag = `Шлюз ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} склад`, valueMinor: 90_000_00, stageKey: 'qualification' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  const qualification = column(page, 'qualification');
  const outcome = page.getByTestId('board-announcer');

  await pickUpAndMove(
    page,
    card(qualification, `${tag} склад`),
    `${tag} склад`,
    'ArrowRight',
    'этап «Презентация и КП»',
  );
  await page.keyboard.press('Space');

  await expect(outcome).toHaveText(
    `Сделка «${tag} склад» не перенесена на этап «Презентация и КП»: не отмечены обязательные пункты — ${BANT.join(', ')}. Она осталась на месте.`,
  );
  await expect(page.getByText(/перенесена:/)).toHaveCount(0);
  await expect(card(qualification, `${tag} склад`)).toBeFocused();

  const panel = qualification.getByTestId('gate-panel');
  for (const label of BANT) await panel.getByLabel(label).check();
  await panel.getByRole('button', { name: 'Перевести снова' }).click();

  const proposal = column(page, 'proposal');
  await expect(card(proposal, `${tag} склад`)).toBeVisible();
  await expect(outcome).toHaveText(`Сделка «${tag} склад» перенесена: этап «Презентация и КП», место 1 из 1.`);
  await expect(card(proposal, `${tag} склад`)).toBeFocused();
  await expect.poll(async () => (await ws.rpc('deals.get', { id: deal!.id })).stageId).toBe(stageIdOf('proposal'));

  // A plain keyboard drop into another column (New lead has no required items) keeps focus too.
  const [lead] = await seedBoardDeals(ws.rpc, [{ title: `${tag} пилот`, valueMinor: 10_000_00, stageKey: 'new_lead' }]);
  await expect(card(column(page, 'new_lead'), `${tag} пилот`)).toBeVisible();
  // The seeded deal's data.changed can re-measure the board just after the pick-up (pickUpAndMove).
  await pickUpAndMove(
    page,
    card(column(page, 'new_lead'), `${tag} пилот`),
    `${tag} пилот`,
    'ArrowRight',
    'этап «Квалификация»',
  );
  await page.keyboard.press('Space');
  await expect(outcome).toHaveText(`Сделка «${tag} пилот» перенесена: этап «Квалификация», место 1 из 1.`);
  await expect(card(qualification, `${tag} пилот`)).toBeFocused();
  await expect.poll(async () => (await ws.rpc('deals.get', { id: lead!.id })).stageId).toBe(stageIdOf('qualification'));
});

test('a refused drop on Won names the deal and the items it lacks', async ({ page }) => {
  const tag = `Победа ${Date.now()}`;
  await seedBoardDeals(ws.rpc, [{ title: `${tag} договор`, valueMinor: 360_000_00, stageKey: 'contract' }]);
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  const contract = column(page, 'contract');
  await dragTo(page, card(contract, `${tag} договор`), page.getByTestId('drop-zone-won'));

  // A win checks every stage up to the purchase step; the contract's own items come last.
  const outcome = page.getByTestId('board-announcer');
  await expect(outcome).toContainText(`Сделка «${tag} договор» не выиграна: не отмечены обязательные пункты — `);
  await expect(outcome).toContainText('Договор подписан, Счёт выставлен, Оплата получена.');
  await expect(card(contract, `${tag} договор`)).toBeFocused();
});

test('two quick moves in a column are saved in their order, however the requests travel', async ({ page }) => {
  const tag = `Порядок ${Date.now()}`;
  const names = ['альфа', 'бета', 'гамма'];
  await seedBoardDeals(
    ws.rpc,
    names.map((name) => ({ title: `${tag} ${name}`, valueMinor: 1_000_00, stageKey: 'new_lead' })),
  );
  const order = async () =>
    (await ws.rpc('deals.boardColumn', { stageId: stageIdOf('new_lead'), search: tag })).cards.map(
      (deal) => deal.title.split(' ').at(-1) ?? '',
    );
  const [first, second, third] = await order();
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  const lead = column(page, 'new_lead');
  await expect(lead.getByTestId('deal-card')).toHaveCount(3);
  // A keyboard drop; what it says comes once the core has answered, which the test holds back.
  const drop = async (name: string, key: string, place: number) => {
    const title = `${tag} ${name}`;
    await pickUpAndMove(page, card(lead, title), title, key, `этап «Новый лид», место ${place} из 3`);
    await page.keyboard.press('Space');
  };
  // The first drop's move is held on its way: the second one, sent at once, would arrive first and
  // place the third card after the second while the first card still stood above them.
  const moves = await holdCalls(page, 'deals.move');
  moves.holdNext();
  await drop(first!, 'ArrowDown', 2);
  await expect(lead.getByTestId('deal-card').nth(1)).toContainText(first!);
  await drop(third!, 'ArrowUp', 2);
  await expect(lead.getByTestId('deal-card').nth(1)).toContainText(third!);
  moves.release();
  await expect.poll(moves.answered).toBe(2);
  expect(await order()).toEqual([second, third, first]);
});

test('"Move again" right after the last tick in the gate panel waits for the tick: the deal moves', async ({
  page,
}) => {
  const tag = `Тик ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} склад`, valueMinor: 90_000_00, stageKey: 'qualification' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  const qualification = column(page, 'qualification');
  await pickUpAndMove(
    page,
    card(qualification, `${tag} склад`),
    `${tag} склад`,
    'ArrowRight',
    'этап «Презентация и КП»',
  );
  await page.keyboard.press('Space');
  const panel = qualification.getByTestId('gate-panel');
  await expect(panel.getByRole('checkbox')).toHaveCount(4);
  const ticks = await holdCalls(page, 'deals.check');
  for (const label of BANT.slice(0, 3)) await panel.getByLabel(label).check();
  await expect.poll(ticks.answered).toBe(3);
  // The last tick is held on its way: a move sent at once would reach the core first, be refused.
  ticks.holdNext();
  await panel.getByLabel(BANT[3]!).check();
  await panel.getByRole('button', { name: 'Перевести снова' }).click();
  ticks.release();
  await expect(card(column(page, 'proposal'), `${tag} склад`)).toBeVisible();
  await expect.poll(async () => (await ws.rpc('deals.get', { id: deal!.id })).stageId).toBe(stageIdOf('proposal'));
});
