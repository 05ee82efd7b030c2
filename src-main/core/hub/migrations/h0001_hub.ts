import type { HubMigration } from './HubMigration';
import { h0001Tables } from './h0001/h0001Tables';
import { h0001Visibility } from './h0001/h0001Visibility';
import { h0001Push } from './h0001/h0001Push';
import { h0001Pull } from './h0001/h0001Pull';
import { h0001Admin } from './h0001/h0001Admin';
import { h0001Grants } from './h0001/h0001Grants';

/**
 * Frozen. The team hub (DESIGN §7, transport 3): an append-only message table whose server
 * sequence is every device's pull cursor; the hub's people (one PostgreSQL login each, in a group
 * role per Voronka role) and teams; and what decides visibility — `hub.rows`, kept from the
 * pushed messages themselves, says which deal (or owner) each synced row belongs to.
 *
 * Enforcement is PostgreSQL's, never the app's: row-level security filters what a login pulls;
 * a trigger refuses a push the login may not make (a deal it cannot see, another login's device);
 * clients may insert only the message's own columns and never update or delete.
 */
export const h0001_hub: HubMigration = {
  version: 1,
  name: 'hub',
  // One script in this order, exactly as released (split in files by concern for reading).
  sql: [h0001Tables, h0001Visibility, h0001Push, h0001Pull, h0001Admin, h0001Grants].join(''),
};
