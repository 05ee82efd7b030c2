import { automationRu } from '@shared/i18n/messages/automation.ru';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { activityTableRu } from '@shared/i18n/messages/activityTable.ru';
import { icpRu } from '@shared/i18n/messages/icp.ru';
import { analyticsRu } from '@shared/i18n/messages/analytics.ru';
import { importsRu } from '@shared/i18n/messages/imports.ru';
import { ru } from '@shared/i18n/ru';
import { stagesSettingsRu } from '@shared/i18n/messages/stagesSettings.ru';
import { playbookRu } from '@shared/i18n/messages/playbook.ru';
import { reportsPageRu } from '@shared/i18n/messages/reportsPage.ru';
import { kpiReportRu } from '@shared/i18n/messages/kpiReport.ru';
import { savedViewsRu } from '@shared/i18n/messages/savedViews.ru';
import { contactEraseRu } from '@shared/i18n/messages/contactErase.ru';
import { customersRu } from '@shared/i18n/messages/customers.ru';
import { settingsRu } from '@shared/i18n/messages/settings.ru';
import { segmentsRu } from '@shared/i18n/messages/segments.ru';
import { searchPaletteRu } from '@shared/i18n/messages/searchPalette.ru';
import { dealGroupsRu } from '@shared/i18n/messages/dealGroups.ru';
import { personasRu } from '@shared/i18n/messages/personas.ru';
import { emailRu } from '@shared/i18n/messages/email.ru';
import { syncRu } from '@shared/i18n/messages/sync.ru';
import { sampleRu } from '@shared/i18n/messages/sample.ru';
import { securityRu } from '@shared/i18n/messages/security.ru';
import { diagnosticsRu } from '@shared/i18n/messages/diagnostics.ru';
import { syncFolderRu } from '@shared/i18n/messages/syncFolder.ru';
import { hubRu } from '@shared/i18n/messages/hub.ru';
import { hubCardRu } from '@shared/i18n/messages/hubCard.ru';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

const ROOT = resolve(import.meta.dirname, '../../../src-renderer');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });

/** The catalogue plus the pages' own (loaded with their chunks, not at start-up). */
const catalogue = {
  ...ru,
  activityTable: activityTableRu,
  icp: icpRu,
  analytics: analyticsRu,
  imports: importsRu,
  automation: automationRu,
  stagesSettings: stagesSettingsRu,
  playbook: playbookRu,
  reportsPage: reportsPageRu,
  kpiReport: kpiReportRu,
  savedViews: savedViewsRu,
  contactErase: contactEraseRu,
  customers: customersRu,
  settings: settingsRu,
  segments: segmentsRu,
  searchPalette: searchPaletteRu,
  dealGroups: dealGroupsRu,
  personas: personasRu,
  email: emailRu,
  sync: syncRu,
  sample: sampleRu,
  syncFolder: syncFolderRu,
  hub: hubRu,
  hubCard: hubCardRu,
  security: securityRu,
  diagnostics: diagnosticsRu,
};

const lookup = (path: string): string | Tree | undefined =>
  path
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      catalogue as Tree,
    );

/** i18next resolves `key` or, with a count, `key_one`, `key_few`… */
const resolves = (key: string) => typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';

describe('keys the renderer asks for', () => {
  const calls = sourceFiles(ROOT).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const literal = [...text.matchAll(/\bt\('([\w.]+)'/g)].map((match) => ({ file, key: match[1]!, dynamic: false }));
    const template = [...text.matchAll(/\bt\(`([\w.]+)\.\$\{/g)].map((match) => ({
      file,
      key: match[1]!,
      dynamic: true,
    }));
    return [...literal, ...template];
  });

  it('finds the calls it checks', () => {
    expect(calls.length).toBeGreaterThan(60);
  });

  it('exist in the catalogue (literal keys as messages, `prefix.${…}` keys as groups)', () => {
    const missing = calls.filter(({ key, dynamic }) => (dynamic ? typeof lookup(key) !== 'object' : !resolves(key)));
    expect(missing).toEqual([]);
  });
});
