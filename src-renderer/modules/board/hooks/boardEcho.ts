import { createEchoGuard } from '../utils/createEchoGuard';

/** The board's own mutations (moves, wins, losses, ticks) whose push events it need not reload for. */
export const boardEcho = createEchoGuard();
