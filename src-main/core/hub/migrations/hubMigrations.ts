import { h0001_hub } from './h0001_hub';
import type { HubMigration } from './HubMigration';

/** Every hub migration, in version order. To add one: a new frozen file, appended here. */
export const hubMigrations: readonly HubMigration[] = [h0001_hub];

/** The hub schema this version of Voronka speaks. */
export const HUB_SCHEMA_VERSION = hubMigrations.at(-1)?.version ?? 0;
