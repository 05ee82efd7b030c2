import type { HandlerContext } from '../HandlerContext';
import { type ApplyReport, applySyncMessages } from './applySyncMessages';
import type { SyncCoverage } from './changeLogStore';
import type { SyncMessage } from './SyncMessage';

/**
 * A batch of peer messages applied through the core's write transaction (the write lock, the
 * HLC continuing after the newest stamp held), with the tables it changed invalidated on screens.
 */
export const receiveSyncMessages = (
  ctx: HandlerContext,
  messages: Iterable<SyncMessage>,
  coverage?: SyncCoverage,
): ApplyReport =>
  ctx.write((writer, now) => {
    const report = applySyncMessages(ctx.db, messages, now, coverage ? { coverage } : {});
    for (const table of report.touched) writer.markTouched(table);
    return report;
  });
