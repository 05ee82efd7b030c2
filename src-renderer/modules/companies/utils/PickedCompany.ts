/** A company chosen in a picker: enough to show it and link it. */
export type PickedCompany = { id: string; name: string };
