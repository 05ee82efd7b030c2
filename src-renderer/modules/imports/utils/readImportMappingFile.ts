import {
  IMPORT_ENTITIES,
  type ImportEntity,
  type ImportMapping,
  importMappingSchema,
} from '@shared/contract/schemas/imports';
import type { z } from 'zod';

/** A mapping file no bigger than this: the largest real one (expected values of a product list) is far smaller. */
export const MAX_MAPPING_FILE_BYTES = 5_000_000;

/** Why a mapping file was not loaded: each kind has its message under `imports.mappingFile.*`. */
export type MappingFileProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notMapping' }
  | { kind: 'otherEntity'; fileEntity: ImportEntity }
  | { kind: 'unknownField'; field: string }
  | { kind: 'unknownKeys'; keys: string[] }
  | { kind: 'badValue'; path: string };

export type MappingFileReading = { mapping: ImportMapping } | { problem: MappingFileProblem };

const isImportEntity = (value: unknown): value is ImportEntity =>
  typeof value === 'string' && (IMPORT_ENTITIES as readonly string[]).includes(value);

/** The schema's first complaint in words a manager can act on: the field, the key or the place that is wrong. */
const schemaProblem = (issue: z.core.$ZodIssue | undefined): MappingFileProblem => {
  if (!issue || issue.path.length === 0) {
    return issue?.code === 'unrecognized_keys' ? { kind: 'unknownKeys', keys: issue.keys } : { kind: 'notMapping' };
  }
  const [part, field] = issue.path;
  if (part === 'entity') return { kind: 'notMapping' };
  if (issue.code === 'custom' && (part === 'columns' || part === 'defaults') && typeof field === 'string') {
    return { kind: 'unknownField', field };
  }
  if (issue.code === 'unrecognized_keys') {
    return { kind: 'unknownKeys', keys: issue.keys.map((key) => [...issue.path, key].join('.')) };
  }
  return { kind: 'badValue', path: issue.path.join('.') };
};

/**
 * A mapping file's text read as `voronka import --mapping` reads it (the contract's schema), for
 * the entity being imported: a file for another entity is refused before its fields are judged,
 * since they would all look wrong for this one.
 */
export const readImportMappingFile = (text: string, entity: ImportEntity): MappingFileReading => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: { kind: 'notJson' } };
  }
  const fileEntity: unknown =
    typeof raw === 'object' && raw !== null ? (raw as { entity?: unknown }).entity : undefined;
  if (isImportEntity(fileEntity) && fileEntity !== entity) return { problem: { kind: 'otherEntity', fileEntity } };
  const parsed = importMappingSchema.safeParse(raw);
  return parsed.success ? { mapping: parsed.data } : { problem: schemaProblem(parsed.error.issues[0]) };
};
