/** The opening page's own policy: it has no script and nothing to load, only its inline style. */
export const OPENING_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
