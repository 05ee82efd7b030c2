import type { Migration } from '../Migration';

/**
 * Frozen. A contact's personal data can be erased on request (152-FZ, GDPR): `erased_at` records
 * when. It is a synced column: the erase travels to other devices as an ordinary message that sets
 * it, and every device that holds it scrubs the person's cells from its change log too
 * (`scrubErasedContact`), so a stale edit from a peer cannot bring the data back.
 *
 * Files now run with secure_delete on (openDatabase). One that already holds contacts lived
 * without it, so its free space may keep old copies of them: the mark below makes the first erase
 * rewrite the whole file once (VACUUM, `vacuumIfUnscrubbed`). A new file never needs it.
 */
export const m0040_contact_erasure: Migration = {
  version: 40,
  name: 'contact_erasure',
  sql: `
ALTER TABLE contacts ADD COLUMN erased_at INTEGER;
INSERT INTO meta (key, value) SELECT 'free_space_unscrubbed', '1' WHERE EXISTS (SELECT 1 FROM contacts);
`,
};
