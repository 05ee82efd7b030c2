import type {
  DedupeAction,
  DedupeKey,
  ImportEntity,
  ImportMapping,
  ImportPreview,
} from '@shared/contract/schemas/imports';

/** The file the user picked: its name and bytes (base64), never a path. */
export type ImportUpload = { fileName: string; base64: string; bytes: number };

/**
 * The parts of a loaded mapping (a preset or a mapping file) the wizard has no control for, kept
 * as they came so the import does what the file says: value translations of fields without a
 * picker (a sector's misspelling), defaults, the pipeline, stage history and expected values.
 */
export type CarriedMapping = Pick<ImportMapping, 'values' | 'defaults' | 'history' | 'known' | 'pipeline'>;

export const NO_CARRIED_MAPPING: CarriedMapping = { values: {}, defaults: {}, history: [], known: {} };

/** What the wizard has gathered so far: the mapping is built from it (buildImportMapping). */
export type ImportWizardState = {
  entity: ImportEntity;
  upload: ImportUpload | null;
  preview: ImportPreview | null;
  /** field → the header that fills it (or, from a loaded mapping, a template of headers: "{a} · {b}"). */
  columns: Record<string, string>;
  /** field → (file value → the id of the chosen ImportValueChoice); a missing value stays as in the file. */
  values: Record<string, Record<string, string>>;
  dedupeKeys: DedupeKey[];
  dedupeAction: DedupeAction;
  /** Deals: the currency of amounts whose row names none (its own column); null: the workspace's. */
  currency: string | null;
  /** A call log: the unknown numbers (E.164) ticked to become leads, with the name typed for each. */
  newLeads: Record<string, { name: string }>;
  carried: CarriedMapping;
};
