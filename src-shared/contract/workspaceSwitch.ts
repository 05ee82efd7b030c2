import { z } from 'zod';
import { languageSchema } from './schemas/common';

/**
 * The sample workspace ("Try it with sample data") is a host operation, not a core procedure: the
 * core cannot swap its own file. The page asks its host — `POST path` on the HTTP host (token-checked
 * like /rpc), the `voronka:workspace` channel in the desktop app (sender-checked) — with one of these
 * requests. It never names a file: the host keeps the user's own workspace and puts each language's
 * sample in a `sample` folder beside it.
 */
export const WORKSPACE_SWITCH = { path: '/workspace' } as const;

export const workspaceRequestSchema = z.discriminatedUnion('action', [
  /** Which workspace is open and which samples exist (nothing changes). */
  z.object({ action: z.literal('status') }),
  /** Back to the user's own workspace (the file the host was started on). */
  z.object({ action: z.literal('openOwn') }),
  /**
   * The sample in this language, made on first use and reused after; `fresh` throws the old one
   * away (its edits included) and makes a new one dated to now.
   */
  z.object({ action: z.literal('openSample'), language: languageSchema, fresh: z.boolean().default(false) }),
]);
export type WorkspaceRequest = z.input<typeof workspaceRequestSchema>;

export const workspaceStatusSchema = z.object({
  /** `sample`: the open file carries the sample marker (see readSampleMarker). */
  open: z.enum(['own', 'sample']),
  /** The open sample's language, null on the own workspace. */
  language: languageSchema.nullable(),
  /** The languages whose sample file exists already (opening it is instant). */
  samples: z.array(languageSchema),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;
