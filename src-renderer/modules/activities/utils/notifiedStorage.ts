import { localRecord } from './localRecord';

/** When each reminder was shown on the desktop (by `reminderKey`), so it is shown once, not at every start. */
export const notifiedStorage = localRecord<number>('voronka.notified');
