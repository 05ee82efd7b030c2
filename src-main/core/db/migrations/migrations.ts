import type { Migration } from '../Migration';
import { m0001_initial } from './m0001_initial';

/** Static, ordered list: the schema version is the last entry's version. */
export const migrations: readonly Migration[] = [m0001_initial];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
