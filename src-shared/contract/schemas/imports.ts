import { z } from 'zod';
import { currencySchema, epochMsSchema } from './common';

export const IMPORT_ENTITIES = ['users', 'companies', 'contacts', 'deals', 'calls', 'leads'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** The fields a file's columns can fill, per target entity (what the wizard offers). */
export const IMPORT_FIELDS = {
  users: ['name', 'email', 'role', 'manager'],
  companies: [
    'name',
    'inn',
    'kpp',
    'ogrn',
    'industry',
    'size',
    'region',
    'segment',
    'website',
    'phone',
    'email',
    'owner',
    'notes',
  ],
  contacts: ['name', 'company', 'jobTitle', 'email', 'phone', 'owner', 'notes'],
  deals: [
    'title',
    'value',
    'currency',
    'stage',
    'status',
    'owner',
    'company',
    'contact',
    'source',
    'lossReason',
    'expectedClose',
    'createdAt',
    'closedAt',
    'notes',
  ],
  /**
   * A PBX call log, each row a call activity: when, the client's number (its own column, or the
   * caller or callee by direction), the direction, the talk time, whether it was answered, the
   * office extension or employee (the rep it is logged for).
   */
  calls: ['callTime', 'number', 'caller', 'callee', 'direction', 'duration', 'answered', 'extension', 'notes'],
  /** Web-form leads into the leads inbox: who, from which firm, how to reach them, what they wrote, from where. */
  leads: ['company', 'name', 'inn', 'phone', 'email', 'message', 'source', 'campaign', 'sentAt'],
} as const satisfies Record<ImportEntity, readonly string[]>;
export type ImportField = (typeof IMPORT_FIELDS)[ImportEntity][number];

/** Fields whose file values are names of other records: the mapping may translate them. */
export const VALUE_MAPPED_FIELDS = [
  'stage',
  'status',
  'owner',
  'manager',
  'source',
  'lossReason',
  'role',
  'size',
  'extension',
  'campaign',
] as const;

/** What every key matches on; a row whose key matches an existing or earlier row is a duplicate. */
export const DEDUPE_KEYS = ['inn', 'email', 'phone', 'domain', 'name', 'title'] as const;
export type DedupeKey = (typeof DEDUPE_KEYS)[number];
export const DEDUPE_ACTIONS = ['skip', 'update', 'create'] as const;
export type DedupeAction = (typeof DEDUPE_ACTIONS)[number];

const columnName = z.string().min(1).max(300);

/** The targets whose own custom fields a file may fill. */
export const CUSTOM_FIELD_IMPORT_ENTITIES: readonly ImportEntity[] = ['companies', 'contacts', 'deals'];

/** A custom field of the imported records as a mapping target: `cf:<field id>` (companies, contacts, deals). */
export const isCustomImportField = (field: string): boolean =>
  /^cf:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(field);

/**
 * A stage a file's value goes to: a stage of the target pipeline by name (either language) or key;
 * with a status, the deal is closed there ("Won" → the contract stage, won).
 */
const stageTargetSchema = z.union([
  z.string().min(1).max(300),
  z.object({ stage: z.string().min(1).max(300), status: z.enum(['open', 'won', 'lost']) }).strict(),
]);

/** The date a deal entered a stage, read from a column (stage history where the file has it). */
const historyStepSchema = z.object({ stage: z.string().min(1).max(300), column: columnName }).strict();

/**
 * An import mapping, as the wizard saves it and `voronka import --mapping` reads it: which
 * column fills which field, how file values translate (stage names, owners, sources, loss
 * reasons), fixed values for fields the file lacks, and what a duplicate does.
 */
export const importMappingSchema = z
  .object({
    version: z.literal(1).default(1),
    entity: z.enum(IMPORT_ENTITIES),
    /** field → column header (exactly as in the file's header row, trimmed). */
    columns: z.record(z.string(), columnName),
    /** field → (file value → what it means); file values match ignoring case and spaces at the ends. */
    values: z.record(z.string(), z.record(z.string(), stageTargetSchema)).default({}),
    /** field → the value for every row where its column is missing or blank. */
    defaults: z.record(z.string(), z.string().max(300)).default({}),
    /** deals: the pipeline (name or key); default the workspace's first. */
    pipeline: z.string().min(1).max(300).optional(),
    /** deals: the currency of amounts without one; default the workspace currency. */
    currency: currencySchema.optional(),
    history: z.array(historyStepSchema).max(50).default([]),
    /** column → the values it is expected to hold (a product list, say); any other is a warning. */
    known: z.record(z.string(), z.array(z.string().max(300)).max(10_000)).default({}),
    dedupe: z
      .object({ keys: z.array(z.enum(DEDUPE_KEYS)).max(6).default([]), action: z.enum(DEDUPE_ACTIONS).default('skip') })
      .strict()
      .default({ keys: [], action: 'skip' }),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const allowed = new Set<string>(IMPORT_FIELDS[mapping.entity]);
    const fits = (field: string) =>
      allowed.has(field) || (CUSTOM_FIELD_IMPORT_ENTITIES.includes(mapping.entity) && isCustomImportField(field));
    for (const field of Object.keys(mapping.columns)) {
      if (!fits(field)) ctx.addIssue({ code: 'custom', path: ['columns', field], message: `No field ${field}` });
    }
    for (const field of Object.keys(mapping.defaults)) {
      if (!fits(field)) ctx.addIssue({ code: 'custom', path: ['defaults', field], message: `No field ${field}` });
    }
  });
export type ImportMapping = z.output<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

export const importRowIssueSchema = z.object({
  /** The row's line in the file (1 = the header), or its sheet row. */
  line: z.number().int().nonnegative(),
  field: z.string().nullable(),
  /** Translation key under `import.warning.*`; `value` is the cell as read. */
  reason: z.string(),
  value: z.string().nullable(),
});
export type ImportRowIssue = z.infer<typeof importRowIssueSchema>;

/** A number in a call log that matches no contact or company: offered as a new lead. */
export const unknownCallNumberSchema = z.object({
  /** E.164, the key it is matched by. */
  number: z.string(),
  /** As shown (international format). */
  display: z.string(),
  calls: z.number().int().positive(),
  inbound: z.number().int().nonnegative(),
  missed: z.number().int().nonnegative(),
  firstAt: epochMsSchema,
  lastAt: epochMsSchema,
});
export type UnknownCallNumber = z.infer<typeof unknownCallNumberSchema>;

export const importSummarySchema = z.object({
  importId: z.string().nullable(),
  dryRun: z.boolean(),
  entity: z.enum(IMPORT_ENTITIES),
  rows: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Created per table, e.g. deals and their stage transitions, users made for unknown owners. */
  createdByTable: z.record(z.string(), z.number().int().nonnegative()),
  warnings: z.array(importRowIssueSchema),
  /** How many warnings there were before the list was cut for size. */
  warningCount: z.number().int().nonnegative(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  at: epochMsSchema,
  /** A call log: the client numbers no contact or company has, most calls first (for new leads). */
  unknownNumbers: z.array(unknownCallNumberSchema),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** A file the app uploaded (the renderer never names a path): its name and bytes in base64. */
export const importUploadSchema = z
  .object({
    fileName: z.string().trim().min(1).max(300),
    /** At most 50 MB of file (base64 is 4/3 of that). */
    base64: z.string().max(70_000_000),
  })
  .strict();

export const importPreviewInputSchema = importUploadSchema
  .extend({ entity: z.enum(IMPORT_ENTITIES).default('deals') })
  .strict();

export const importPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  /** The first rows as text, for the preview table. */
  rows: z.array(z.array(z.string().nullable())),
  /** field → the header that seems to hold it, from header names in Russian and English. */
  suggestions: z.record(z.string(), z.string()),
  /** header → its distinct values in the file's first rows (for mapping stage names, owners, …). */
  values: z.record(z.string(), z.array(z.string())),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** A lead made from a call log's unknown number in the same import, so its calls land on it. */
export const callLeadSchema = z
  .object({
    number: z.string().trim().min(1).max(50),
    /** The person's name; left out, the lead is named by the number. */
    name: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type CallLead = z.infer<typeof callLeadSchema>;

export const importRunInputSchema = importUploadSchema
  .extend({
    mapping: importMappingSchema,
    dryRun: z.boolean().default(false),
    /** Calls only: unknown numbers to make leads of first (through the new-lead path and its duplicate checks). */
    newLeads: z.array(callLeadSchema).max(500).default([]),
  })
  .strict();

export const importLogEntrySchema = z.object({
  id: z.string(),
  entity: z.enum(IMPORT_ENTITIES),
  fileName: z.string(),
  rows: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  actorId: z.string().nullable(),
  createdAt: epochMsSchema,
  undoneAt: epochMsSchema.nullable(),
});
export type ImportLogEntry = z.infer<typeof importLogEntrySchema>;

export const importUndoResultSchema = z.object({
  importId: z.string(),
  removed: z.number().int().nonnegative(),
  reverted: z.number().int().nonnegative(),
  kept: z.number().int().nonnegative(),
  undoneAt: epochMsSchema,
});

/** A saved mapping, by name (one name, one preset: saving under a taken name replaces it). */
export const importPresetSchema = z.object({
  name: z.string(),
  entity: z.enum(IMPORT_ENTITIES),
  mapping: importMappingSchema,
  updatedAt: epochMsSchema,
});
export type ImportPreset = z.infer<typeof importPresetSchema>;

export const importPresetSaveInputSchema = z
  .object({ name: z.string().trim().min(1).max(100), mapping: importMappingSchema })
  .strict();
