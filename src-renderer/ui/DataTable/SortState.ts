/** One sorted column (the server sorts by one field at a time), or none. */
export type SortState = { id: string; desc: boolean } | null;
