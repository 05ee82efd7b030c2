import { expect, test } from './fixtures';
import { coreClock } from './support/coreClock';

/**
 * A PBX call log through the import wizard: the columns of a Mango-like Russian export are
 * suggested, the check lists the number no contact has, the user makes a lead of it, and the
 * import logs the calls — on the known contact's deal timeline and on the new lead. Shot at
 * 1280×720 in English (to the check) and in Russian.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => `test-results/screenshots/import-calls-${name}-1280x720.png`;

/** A random Russian mobile number: the shared e2e workspace must not have it yet. */
const mobile = () => `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

/** Moscow wall time (the workspace's zone) as the PBX writes it: dd.mm.yyyy hh:mm:ss. */
const pbxTime = (at: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Moscow',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
};

test('imports a call log: calls on the contact’s deal, a lead from an unknown number', async ({ page, rpc }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const known = mobile();
  const unknown = mobile();
  const pipelines = (await rpc('pipelines.list', {})) as { id: string }[];
  const deal = (await rpc('leads.create', {
    pipelineId: pipelines[0]!.id,
    companyName: `Звонкая ${tag}`,
    contactName: `Иван Звонков ${tag}`,
    phone: `+7${known}`,
  })) as { id: string; title: string };
  // Within the last hour by the core's clock (a later call is refused as in the future).
  const now = await coreClock(() => rpc).now();
  const at = (hoursAgo: number) => pbxTime(new Date(now - hoursAgo * 3_600_000));
  const csv = [
    'Дата и время;Тип звонка;Номер клиента;Сотрудник;Длительность разговора;Статус',
    `${at(0.5)};Исходящий;8${known};;02:05;Отвечен`,
    `${at(0.4)};Входящий;+7 ${known};;00:00;Пропущенный`,
    `${at(0.3)};Входящий;8 ${unknown};;01:10;Отвечен`,
    `${at(0.2)};Исходящий;+7${unknown};;00:00;Занято`,
  ].join('\n');
  const file = { name: `звонки-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

  const openWizard = async (language: 'en' | 'ru') => {
    await rpc('settings.set', { 'ui.language': language });
    await page.goto('/#/settings');
    await page
      .getByTestId('import-card')
      .getByRole('button', { name: language === 'ru' ? 'Импортировать из файла…' : 'Import from a file…' })
      .click();
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByRole('radio', { name: language === 'ru' ? 'Звонки (журнал АТС)' : 'Calls (PBX log)' }).check();
    await expect(wizard.getByTestId('import-entity-hint')).toBeVisible();
    await wizard.getByTestId('import-file').setInputFiles(file);
    await expect(wizard).toHaveAttribute('data-step', 'preview');
    const next = page.getByRole('button', { name: language === 'ru' ? 'Далее' : 'Next' });
    await next.click();
    const columns = wizard.getByTestId('import-columns');
    await expect(columns.getByLabel(language === 'ru' ? 'Время звонка' : 'Call time')).toHaveValue('Дата и время');
    await expect(columns.getByLabel(language === 'ru' ? 'Номер клиента' : 'Client number')).toHaveValue(
      'Номер клиента',
    );
    await expect(columns.getByLabel(language === 'ru' ? 'Направление' : 'Direction')).toHaveValue('Тип звонка');
    await page.screenshot({ path: shot(`columns-${language}`) });
    await next.click();
    await page.getByRole('button', { name: language === 'ru' ? 'Проверить' : 'Check' }).click();
    await expect(wizard).toHaveAttribute('data-step', 'check');
    await expect(wizard.getByTestId('import-count-created')).toContainText('2');
    const numbers = wizard.getByTestId('import-unknown');
    const row = numbers.locator(`tr[data-number="+7${unknown}"]`);
    await expect(row).toContainText('2');
    return { wizard, numbers, row };
  };

  const en = await openWizard('en');
  await en.row.getByRole('checkbox').check();
  await en.row.getByRole('textbox').fill(`Pyotr Newman ${tag}`);
  await en.numbers.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('check-en') });
  await page.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard' }).click();

  const ru = await openWizard('ru');
  await ru.row.getByRole('checkbox').check();
  await ru.row.getByRole('textbox').fill(`Пётр Новиков ${tag}`);
  await expect(ru.wizard.getByTestId('import-unknown-chosen')).toContainText('1');
  await ru.numbers.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('check-ru') });
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(ru.wizard).toHaveAttribute('data-step', 'done');
  await expect(ru.wizard.getByTestId('import-count-created')).toContainText('4');
  await expect(ru.wizard.getByTestId('import-unknown-left')).toHaveCount(0);
  await page.screenshot({ path: shot('done-ru') });

  // The known contact's deal shows both calls on its timeline.
  await page.goto(`/#/pipeline?deal=${deal.id}`);
  const drawer = page.getByTestId('deal-drawer');
  const calls = drawer.getByTestId('timeline-entry').filter({ hasText: `+7 ${known.slice(0, 3)}` });
  await expect(calls).toHaveCount(2);
  await calls.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('timeline-ru') });

  // The unknown number is a lead now, with its two calls.
  await page.goto(`/#/leads?search=${encodeURIComponent(`Пётр Новиков ${tag}`)}`);
  await expect(page.getByText(`Пётр Новиков ${tag}`).first()).toBeVisible();
  const lead = (await rpc('leads.list', { search: `Пётр Новиков ${tag}` })) as {
    rows: { id: string; contactName: string | null }[];
  };
  expect(lead.rows).toHaveLength(1);
  const timeline: unknown = await rpc('timeline.page', { subject: 'deal', id: lead.rows[0]!.id });
  expect(JSON.stringify(timeline)).toContain(`+7 ${unknown.slice(0, 3)}`);
});
