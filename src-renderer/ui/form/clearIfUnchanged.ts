/**
 * A state updater that empties an "add" box after its save lands, unless the user has typed
 * something else meanwhile: saves are awaited, and a fast typist starts the next name before the
 * first one is stored. Clearing unconditionally would wipe what they typed.
 */
export const clearIfUnchanged =
  (submitted: string) =>
  (current: string): string =>
    current === submitted ? '' : current;
