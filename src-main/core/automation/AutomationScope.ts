import type { ChangeWriter } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';

/** What the engine runs in: the transaction's writer (the one write path), its time and actor. */
export type AutomationScope = { db: Db; writer: ChangeWriter; now: number; actorId: string | null };
