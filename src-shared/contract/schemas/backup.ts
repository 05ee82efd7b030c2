import { z } from 'zod';
import { reportFileSchema } from './reports';

/**
 * Why a file cannot be restored (or a backup failed its check). The reason travels in
 * `params.reason` and names the message the UI shows (`backupProblems.<reason>`).
 */
export const BACKUP_PROBLEMS = [
  'not_found',
  'not_a_database',
  'damaged',
  'foreign_keys',
  'not_voronka',
  'newer_schema',
  'too_large',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

export const isBackupProblem = (value: unknown): value is BackupProblem =>
  (BACKUP_PROBLEMS as readonly unknown[]).includes(value);

/** auto: the daily rolling one; manual: "back up now"; before_restore: the file a restore replaced. */
export const BACKUP_KINDS = ['auto', 'manual', 'before_restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * A backup's file name in the app's backups folder: the only handle the renderer ever gets or
 * sends (never a folder), checked against this pattern and the folder's listing.
 */
export const BACKUP_NAME_PATTERN =
  /^voronka-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(auto|manual|before-restore)(-\d+)?\.sqlite$/;
export const backupNameSchema = z.string().max(120).regex(BACKUP_NAME_PATTERN);

export const backupEntrySchema = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.number(),
  bytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** The backups folder's files, newest first, and the rolling-backup settings. */
export const backupListSchema = z.object({
  backups: z.array(backupEntrySchema),
  lastBackupAt: z.number().nullable(),
  auto: z.boolean(),
  keep: z.number().int().positive(),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const backupCreateInputSchema = z
  .object({ kind: z.enum(['manual', 'auto']).default('manual') })
  .strict()
  .default({ kind: 'manual' });

/** Bytes of an upload in the browser shell (the desktop app restores from the known backups). */
const MAX_UPLOAD_BASE64 = 700 * 1024 * 1024;

export const backupRestoreInputSchema = z
  .object({
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('backup'), name: backupNameSchema }).strict(),
      z
        .object({
          kind: z.literal('upload'),
          fileName: z.string().max(300),
          base64: z.string().min(1).max(MAX_UPLOAD_BASE64),
        })
        .strict(),
    ]),
  })
  .strict();
export type BackupRestoreInput = z.input<typeof backupRestoreInputSchema>;

export const backupRestoreOutputSchema = z.object({
  /** The file the restored data came from (a backup's name, or the uploaded file's). */
  restoredFrom: z.string(),
  /** The backup of the data the restore replaced. */
  previous: backupEntrySchema.nullable(),
  schemaVersion: z.number().int(),
});
export type BackupRestoreOutput = z.infer<typeof backupRestoreOutputSchema>;

export const backupDownloadInputSchema = z.object({ name: backupNameSchema }).strict();
export const backupFileSchema = reportFileSchema;
