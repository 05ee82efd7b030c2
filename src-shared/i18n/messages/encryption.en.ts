import type { encryptionRu } from './encryption.ru';

/** English messages of encrypted workspaces; the same keys as the Russian reference. */
export const encryptionEn: typeof encryptionRu = {
  key_required:
    'This database is encrypted. Give its passphrase to open it (VORONKA_DB_KEY for the command line and the browser host).',
  key_rejected: 'The passphrase does not open this database. Check it and try again; the file has not been changed.',
  cipher_unavailable: 'This build of Voronka cannot encrypt databases: nothing was changed.',
  not_encrypted: 'This database is not encrypted.',
  already_encrypted: 'This database is already encrypted.',
  restore_other_schema:
    'This backup was made by another version of Voronka: an encrypted workspace restores only backups of its own version. Use the backup with the same version, or decrypt, restore and encrypt again.',
  passphrase_required:
    'This workspace is encrypted: a sync file made from it must be encrypted too. Give a passphrase.',
  locked_host: 'The workspace is encrypted: open the page and enter its passphrase (or start with VORONKA_DB_KEY).',
};
