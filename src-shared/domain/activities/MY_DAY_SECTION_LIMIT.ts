/** Enough for a day's screen: a section of My day lists at most this many rows (its total is counted). */
export const MY_DAY_SECTION_LIMIT = 200;
