import { h0001_hub } from './h0001_hub';
import { h0002_members_unscoped } from './h0002_members_unscoped';
import { h0003_unseen } from './h0003_unseen';
import type { HubMigration } from './HubMigration';

/** Every hub migration, in version order. To add one: a new frozen file, appended here. */
export const hubMigrations: readonly HubMigration[] = [h0001_hub, h0002_members_unscoped, h0003_unseen];

/** The hub schema this version of Voronka speaks. */
export const HUB_SCHEMA_VERSION = hubMigrations.at(-1)?.version ?? 0;
