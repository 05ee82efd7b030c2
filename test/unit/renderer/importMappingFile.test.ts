import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '@shared/contract/schemas/imports';
import { importsEn } from '@shared/i18n/messages/imports.en';
import { importsRu } from '@shared/i18n/messages/imports.ru';
import {
  applyImportPreset,
  missingMappingColumns,
  unmatchedMappingValues,
} from '../../../src-renderer/modules/imports/utils/applyImportPreset';
import {
  isPartialOutcome,
  type MappingOutcome,
  mappingOutcomeMessage,
} from '../../../src-renderer/modules/imports/utils/mappingOutcome';
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

describe('value translations a loaded mapping cannot keep', () => {
  const mapping = importMappingSchema.parse({
    entity: 'deals',
    columns: { title: 'opportunity_id', stage: 'deal_stage' },
    values: {
      stage: {
        Prospecting: 'new_lead',
        Переговоры: 'negotiations',
        Won: { stage: 'contract', status: 'won' },
        Closed: { stage: 'gone', status: 'lost' },
      },
      // No picker for products: carried as they came, never "not found".
      product: { GTXPro: 'GTX Pro' },
    },
  });

  it('lists each target no choice has and applies the rest', () => {
    expect(unmatchedMappingValues(mapping, 'deals', choices)).toEqual([
      { field: 'stage', fileValue: 'Переговоры', target: 'negotiations' },
      { field: 'stage', fileValue: 'Closed', target: { stage: 'gone', status: 'lost' } },
    ]);
    const applied = applyImportPreset(wizardWith('deals', PIPELINE_HEADERS), mapping, choices);
    expect(applied.values.stage).toEqual({ Prospecting: 'stage:1', Won: 'won' });
    expect(applied.carried.values).toEqual({ product: { GTXPro: 'GTX Pro' } });
  });

  it('finds none in the committed Maven mappings', () => {
    expect(unmatchedMappingValues(loaded(example('deals'), 'deals'), 'deals', choices)).toEqual([]);
    expect(unmatchedMappingValues(loaded(example('users'), 'users'), 'users', choices)).toEqual([]);
  });
});

describe('the note a loaded mapping leaves', () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { ru: { translation: { imports: importsRu } }, en: { translation: { imports: importsEn } } },
    lng: 'ru',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const note = (outcome: MappingOutcome, language = 'ru') =>
    mappingOutcomeMessage(outcome, 'deals', i18n.getFixedT(language), language);
  const preset = { kind: 'preset', name: 'amoCRM — сделки' } as const;
  const file = { kind: 'file', name: 'deals.json' } as const;

  it('says which columns a picked preset reads that the file lacks, as the file control does', () => {
    const mapping = loaded(example('companies'), 'companies');
    const headers = ACCOUNT_HEADERS.filter((header) => header !== 'sector');
    const outcome: MappingOutcome = {
      source: { kind: 'preset', name: 'Maven' },
      kind: 'loaded',
      missing: missingMappingColumns(mapping, headers),
      unmatched: unmatchedMappingValues(mapping, 'companies', choices),
    };
    expect(note(outcome)).toBe(
      'Шаблон «Maven» применён, но в импортируемом файле нет столбцов: sector. Эти поля остались без столбца.',
    );
    expect(isPartialOutcome(outcome)).toBe(true);
    expect(note({ ...outcome, missing: [] })).toBe('Шаблон «Maven» применён.');
    expect(isPartialOutcome({ ...outcome, missing: [] })).toBe(false);
    expect(note({ ...outcome, source: { kind: 'file', name: 'companies.json' } })).toBe(
      'Сопоставление из «companies.json» загружено, но в импортируемом файле нет столбцов: sector. Эти поля остались без столбца.',
    );
  });

  it('names the value translations left out, field by field, in either language', () => {
    const unmatched = [
      { field: 'stage', fileValue: 'Переговоры', target: 'negotiations' },
      { field: 'stage', fileValue: 'Closed', target: { stage: 'gone', status: 'lost' as const } },
    ];
    const outcome: MappingOutcome = { source: preset, kind: 'loaded', missing: [], unmatched };
    expect(isPartialOutcome(outcome)).toBe(true);
    expect(note(outcome)).toBe(
      'Шаблон «amoCRM — сделки» применён. Не найдены значения: этап «Переговоры» → «negotiations»; ' +
        'этап «Closed» → «gone, Проиграна». Они останутся как в файле.',
    );
    expect(note({ ...outcome, source: file, missing: ['deal_stage'] }, 'en')).toBe(
      'Mapping loaded from “deals.json”, but the file being imported has no columns deal_stage. Those fields are left ' +
        'unmapped. Values not found: stage “Переговоры” → “negotiations”; stage “Closed” → “gone, Lost”. They stay as ' +
        'in the file.',
    );
  });
});
