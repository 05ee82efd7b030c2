import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { Language } from '@shared/contract/schemas/common';
import { type NameKind, summarizeRule } from '@shared/domain/automation/summarizeRule';
import { displayName } from '@shared/i18n/displayName';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { createTranslator } from '../../reports/createTranslator';

const TABLES: Record<NameKind, string> = {
  stage: 'stages',
  pipeline: 'pipelines',
  user: 'users',
  source: 'lead_sources',
  campaign: 'campaigns',
  segment: 'segments',
  team: 'teams',
  template: 'email_templates',
};

type Named = { name: string | null; default_key?: string | null };

/**
 * A rule's plain-language summary in the user's language, with the names of the stages, users
 * and sources it refers to as they are now (a seeded stage in the UI language, a renamed one as
 * typed). Made in the core, which knows every pipeline's stages.
 */
export const ruleSummary = (db: Db, language: Language) => {
  const t = createTranslator(language);
  const nameOf = (kind: NameKind, id: string): string | null => {
    const columns =
      kind === 'user' || kind === 'campaign' || kind === 'segment' || kind === 'team' || kind === 'template'
        ? 'name'
        : 'name, default_key';
    const row = prepare(db, `SELECT ${columns} FROM ${TABLES[kind]} WHERE id = ? AND deleted_at IS NULL`).get(id) as
      Named | undefined;
    if (!row) return null;
    return displayName({ name: row.name, defaultKey: row.default_key ?? null }, t) || null;
  };
  return (rule: Pick<AutomationRule, 'trigger' | 'conditions' | 'actions'>): string =>
    summarizeRule(rule, t, nameOf, language);
};
