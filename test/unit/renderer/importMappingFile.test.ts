import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '@shared/contract/schemas/imports';
import {
  applyImportPreset,
  missingMappingColumns,
} from '../../../src-renderer/modules/imports/utils/applyImportPreset';
import { buildImportMapping } from '../../../src-renderer/modules/imports/utils/buildImportMapping';
import type { ImportValueChoice } from '../../../src-renderer/modules/imports/utils/ImportValueChoice';
import {
  type ImportWizardState,
  NO_CARRIED_MAPPING,
} from '../../../src-renderer/modules/imports/utils/ImportWizardState';
import { readImportMappingFile } from '../../../src-renderer/modules/imports/utils/readImportMappingFile';

const example = (name: string): string => readFileSync(`examples/import/maven-crm/${name}.json`, 'utf8');

const ACCOUNT_HEADERS = [
  'account',
  'sector',
  'year_established',
  'revenue',
  'employees',
  'office_location',
  'subsidiary_of',
];
const PIPELINE_HEADERS = [
  'opportunity_id',
  'sales_agent',
  'product',
  'account',
  'deal_stage',
  'engage_date',
  'close_date',
  'close_value',
];

/** The wizard with a file read (its headers), nothing mapped yet. */
const wizardWith = (entity: ImportWizardState['entity'], headers: string[]): ImportWizardState => ({
  entity,
  upload: null,
  preview: { format: 'csv', encoding: 'utf-8', delimiter: ',', headers, rows: [], suggestions: {}, values: {} },
  columns: {},
  values: {},
  dedupeKeys: [],
  dedupeAction: 'skip',
  currency: null,
  newLeads: {},
  carried: NO_CARRIED_MAPPING,
});

/** A workspace's stage choices with the default pipeline's keys (what useImportValueChoices offers). */
const choices: Record<string, ImportValueChoice[]> = {
  stage: [
    { id: 'stage:1', label: 'Новый лид', target: 'new_lead', names: [] },
    { id: 'stage:2', label: 'Квалификация', target: 'qualification', names: [] },
    { id: 'won', label: 'Выиграна', target: { stage: 'contract', status: 'won' }, names: [] },
    { id: 'lost', label: 'Проиграна', target: { stage: 'qualification', status: 'lost' }, names: [] },
  ],
};

const loaded = (text: string, entity: ImportWizardState['entity']) => {
  const reading = readImportMappingFile(text, entity);
  if (!('mapping' in reading)) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
  return reading.mapping;
};

describe('readImportMappingFile', () => {
  it('reads the committed Maven mappings as the CLI does', () => {
    expect(loaded(example('companies'), 'companies')).toEqual(
      importMappingSchema.parse(JSON.parse(example('companies'))),
    );
    expect(loaded(example('deals'), 'deals').currency).toBe('USD');
  });

  it('refuses a file for another entity before judging its fields', () => {
    expect(readImportMappingFile(example('deals'), 'companies')).toEqual({
      problem: { kind: 'otherEntity', fileEntity: 'deals' },
    });
  });

  it('says what is wrong with a file that is not a mapping', () => {
    const problem = (text: string) => readImportMappingFile(text, 'companies');
    expect(problem('{"entity": "companies", "columns": {')).toEqual({ problem: { kind: 'notJson' } });
    expect(problem('[1, 2]')).toEqual({ problem: { kind: 'notMapping' } });
    expect(problem('{"columns": {"name": "A"}}')).toEqual({ problem: { kind: 'notMapping' } });
    expect(problem('{"entity": "companies", "columns": {"title": "A"}}')).toEqual({
      problem: { kind: 'unknownField', field: 'title' },
    });
    expect(problem('{"entity": "companies", "columns": {}, "colums": {}}')).toEqual({
      problem: { kind: 'unknownKeys', keys: ['colums'] },
    });
    expect(problem('{"entity": "companies", "columns": {}, "dedupe": {"action": "merge"}}')).toEqual({
      problem: { kind: 'badValue', path: 'dedupe.action' },
    });
  });
});

describe('a mapping file applied in the wizard', () => {
  it('keeps what the wizard has no picker for, so the import does what the CLI would', () => {
    const mapping = loaded(example('companies'), 'companies');
    const applied = applyImportPreset(wizardWith('companies', ACCOUNT_HEADERS), mapping, choices);
    // The notes template reads four columns the file has: it stays, as the template.
    expect(applied.columns.notes).toBe(mapping.columns.notes);
    expect(applied.carried.values).toEqual({ industry: { technolgy: 'technology' } });
    expect(applied.dedupeKeys).toEqual(['name']);
    expect(applied.dedupeAction).toBe('update');
    expect(importMappingSchema.parse(buildImportMapping(applied, choices))).toEqual(mapping);
  });

  it('round-trips the deals mapping: stage choices, currency, defaults, history and expected products', () => {
    const mapping = loaded(example('deals'), 'deals');
    const applied = applyImportPreset(wizardWith('deals', PIPELINE_HEADERS), mapping, choices);
    expect(applied.values.stage).toEqual({ Prospecting: 'stage:1', Engaging: 'stage:2', Won: 'won', Lost: 'lost' });
    expect(applied.currency).toBe('USD');
    expect(importMappingSchema.parse(buildImportMapping(applied, choices))).toEqual(mapping);
  });

  it('lists the columns the file lacks and applies the rest', () => {
    const mapping = loaded(example('companies'), 'companies');
    const headers = ACCOUNT_HEADERS.filter((header) => header !== 'sector' && header !== 'revenue');
    expect(missingMappingColumns(mapping, headers)).toEqual(['sector', 'revenue']);
    expect(missingMappingColumns(mapping, ACCOUNT_HEADERS)).toEqual([]);
    const applied = applyImportPreset(wizardWith('companies', headers), mapping, choices);
    expect(applied.columns).toEqual({ name: 'account', region: 'office_location' });
    // What reads a missing column is not sent: the engine would refuse the whole file for it.
    expect(applied.carried.known).toEqual({});
    const built = importMappingSchema.parse(buildImportMapping(applied, choices));
    expect(built.values).toEqual({});
    expect(built.known).toEqual({});
  });

  it("drops a carried value translation once its field's column is unmapped", () => {
    const mapping = loaded(example('companies'), 'companies');
    const applied = applyImportPreset(wizardWith('companies', ACCOUNT_HEADERS), mapping, choices);
    const { industry: _unmapped, ...columns } = applied.columns;
    expect(buildImportMapping({ ...applied, columns }, choices).values).toEqual({});
  });
});
