/** What a device has: the highest HLC stamp it holds from each origin device (DESIGN §7). */
export type VersionVector = Readonly<Record<string, string>>;
