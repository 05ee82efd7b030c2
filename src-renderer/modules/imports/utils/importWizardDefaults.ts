import type { DedupeKey, ImportEntity } from '@shared/contract/schemas/imports';

/** The fields a row cannot do without (the import skips a row without them). */
export const REQUIRED_IMPORT_FIELDS: Record<ImportEntity, readonly string[]> = {
  companies: ['name'],
  contacts: ['name'],
  deals: ['title'],
  users: ['name'],
  calls: ['callTime'],
  leads: [],
};

/** The keys offered for duplicates of each entity, and which are ticked at first. */
export const DEDUPE_KEY_OPTIONS: Record<ImportEntity, { keys: readonly DedupeKey[]; ticked: readonly DedupeKey[] }> = {
  companies: { keys: ['inn', 'domain', 'email', 'phone', 'name'], ticked: ['inn', 'domain', 'name'] },
  contacts: { keys: ['email', 'phone', 'name'], ticked: ['email', 'phone'] },
  deals: { keys: ['title'], ticked: ['title'] },
  users: { keys: ['email', 'name'], ticked: ['email', 'name'] },
  // A call is the same call by its number, time and direction; a lead a duplicate by INN, e-mail or phone.
  calls: { keys: [], ticked: [] },
  leads: { keys: [], ticked: [] },
};

/** The fields whose file values the wizard offers to translate, per entity. */
export const VALUE_FIELDS: Record<ImportEntity, readonly string[]> = {
  companies: ['owner'],
  contacts: ['owner'],
  deals: ['stage', 'status', 'owner', 'source', 'lossReason'],
  // A team list: the role words ("Руководитель", "Sales rep") and each person's manager, by name or e-mail.
  users: ['role', 'manager'],
  calls: ['extension'],
  leads: ['source'],
};
