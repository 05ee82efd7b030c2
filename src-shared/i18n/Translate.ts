/** The one thing shared code needs from i18next: a key (plus values) in, text out. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;
