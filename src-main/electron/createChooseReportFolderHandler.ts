import type { Envelope } from '@shared/contract/envelope';
import { reportScheduleSchema, type ReportSchedule } from '@shared/contract/schemas/reportSchedule';
import type { RpcSenderEvent } from './createRpcHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** What the handler needs of the worker: the host-only call that stores the chosen folder. */
export type ReportFolderTarget = { setReportFolder(folder: string | null): Promise<Envelope<unknown>> };

const failure = (code: 'FORBIDDEN' | 'TRANSPORT', message: string): Envelope<ReportSchedule | null> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `voronka:choose-report-folder` handler ("Choose folder…" on the Reports page). The page sends
 * nothing: main shows its folder dialog and hands the answer to the worker itself, over a message
 * the page cannot send (it is not a contract method). Resolves to the schedule with its new folder,
 * or null when the user cancelled.
 */
export const createChooseReportFolderHandler =
  (target: Promise<ReportFolderTarget>, chooseFolder: () => Promise<string | null>) =>
  async (event: RpcSenderEvent): Promise<Envelope<ReportSchedule | null>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    const folder = await chooseFolder();
    if (folder === null) return { ok: true, value: null };
    let stored: Envelope<unknown>;
    try {
      stored = await (await target).setReportFolder(folder);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
    if (!stored.ok) return stored;
    return { ok: true, value: reportScheduleSchema.parse(stored.value) };
  };
