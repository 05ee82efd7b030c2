import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/**
 * After a large import or bundle the search adds its records in steps while the app is in use
 * (test/integration/search/searchCatchUp.test.ts holds the core's side). Meanwhile Ctrl+K says
 * why a record may not be found yet, in either language, beside what it does find; the core's
 * answer is the real one with only its `indexing` flag set, as it reads during a catch-up.
 */
for (const language of ['ru', 'en'] as const) {
  test(`Ctrl+K says the search is still adding a large import's records (${language})`, async ({ page, rpc }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await rpc('settings.set', { 'ui.language': language });
    // One script, unique to the test: a word typed half in Latin, half in Cyrillic is also searched
    // as its one-script spellings, which could find another test's company.
    const tag = `meridian${language}${Date.now().toString(36)}`;
    await rpc('companies.create', { name: `ООО «Меридиан» ${tag}` });
    let indexing = true;
    await page.route('**/rpc', async (route) => {
      const body = JSON.parse(route.request().postData() ?? 'null') as { method?: string } | null;
      if (body?.method !== 'search.everywhere') return route.fallback();
      const response = await route.fetch();
      const envelope = (await response.json()) as { ok: boolean; value?: { indexing: boolean } };
      if (envelope.ok && envelope.value) envelope.value.indexing = indexing;
      return route.fulfill({ response, json: envelope });
    });

    await page.goto('/#/deals');
    await expect(page.getByTestId('search-button')).toBeVisible();
    await page.keyboard.press('Control+K');
    const palette = page.getByTestId('search-palette');
    const note = palette.getByRole('status');
    // Nothing typed: no search ran, so nothing to say.
    await expect(note).toBeHidden();
    await palette.getByRole('combobox').fill(tag);
    await expect(note).toHaveText(
      language === 'ru'
        ? 'Поиск ещё добавляет записи большого импорта: часть из них пока не находится.'
        : 'Search is still adding the records of a large import: some of them are not found yet.',
    );
    // What is found already is listed under the note.
    await expect(palette.getByRole('option')).toHaveCount(1);
    await palette.screenshot({ path: `${SHOTS}/search-indexing-palette-${language}-1280x720.png` });

    // Caught up: the next search says nothing more.
    indexing = false;
    await palette.getByRole('combobox').fill(`${tag} ооо`);
    await expect(note).toBeHidden();
    await expect(palette.getByRole('option')).toHaveCount(1);
  });
}
