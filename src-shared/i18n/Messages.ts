import type { ru } from './ru';

/** The shape every catalogue must have: the Russian one is the reference. */
export type Messages = typeof ru;
