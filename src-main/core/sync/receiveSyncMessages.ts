import type { HandlerContext } from '../HandlerContext';
import { checkpointAfterErase } from '../privacy/checkpointAfterErase';
import { type ApplyReport, applySyncMessages } from './applySyncMessages';
import type { SyncCoverage } from './changeLogStore';
import type { SenderKnowledge } from './conflicts/detectConflicts';
import type { SyncMessage } from './SyncMessage';

/**
 * A batch of peer messages applied through the core's write transaction (the write lock, the
 * HLC continuing after the newest stamp held), with the tables it changed invalidated on screens.
 */
export const receiveSyncMessages = (
  ctx: HandlerContext,
  messages: Iterable<SyncMessage>,
  coverage?: SyncCoverage,
  sender?: SenderKnowledge,
): ApplyReport => {
  const report = ctx.write((writer, now) => {
    const applied = applySyncMessages(ctx.db, messages, now, {
      ...(coverage ? { coverage } : {}),
      ...(sender ? { sender } : {}),
    });
    for (const table of applied.touched) writer.markTouched(table);
    return applied;
  });
  // A peer's erase reached this device: the WAL's old frames go too (see eraseContact).
  if (report.erased > 0) checkpointAfterErase(ctx.db);
  return report;
};
