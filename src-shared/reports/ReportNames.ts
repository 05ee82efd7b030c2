import type { Translate } from '../i18n/Translate';

/** How the report names stages, people and loss reasons in its language. */
export type ReportNames = {
  t: Translate;
  stage: (key: string) => string;
  user: (id: string | null) => string;
  reason: (id: string | null) => string;
};
