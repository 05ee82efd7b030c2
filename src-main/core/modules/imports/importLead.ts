import type { DedupeAction } from '@shared/contract/schemas/imports';
import { leadCreateInputSchema } from '@shared/contract/schemas/leads';
import type { z } from 'zod';
import type { HandlerContext } from '../../HandlerContext';
import { companyDuplicates } from '../companies/companyDuplicates';
import { contactDuplicates } from '../contacts/contacts.service';
import { createLead } from '../leads/createLead';
import type { ImportJournal } from './createImportJournal';

/** A lead as a file or a call log gives it: who, from which firm, how to reach them. */
export type ImportedLead = {
  pipelineId: string;
  contactName: string | null;
  companyName: string | null;
  inn: string | null;
  phone: string | null;
  email: string | null;
  sourceId: string | null;
  campaignId: string | null;
  notes: string | null;
  /** Left out: the importer, as the form's default. */
  ownerId?: string | null;
};

export type ImportedLeadOutcome =
  | { kind: 'created'; dealId: string; duplicateOf: null }
  | { kind: 'attached'; dealId: string; duplicateOf: string }
  | { kind: 'skipped'; dealId: null; duplicateOf: string }
  /** The form would refuse it (a name too long, a phone that is no number): the field it names. */
  | { kind: 'invalid'; dealId: null; field: string };

/**
 * The New lead form's duplicate check, as the form shows it (companies.duplicates and
 * contacts.duplicates), kept to what names one firm or person for sure: the same INN, e-mail or
 * phone. Returns what the lead is a duplicate of (a contact first), as `field:value`.
 */
const duplicateOf = (ctx: HandlerContext, lead: ImportedLead) => {
  const reach = { phone: lead.phone, email: lead.email };
  const contact = lead.phone || lead.email ? contactDuplicates(ctx.db, reach)[0] : undefined;
  if (contact) return { contact, company: null, key: `${contact.matchedOn[0] ?? 'phone'}:${contact.name}` };
  const company = companyDuplicates(ctx.db, { inn: lead.inn, ...reach }).find((candidate) =>
    candidate.matchedOn.some((field) => field === 'inn' || field === 'email' || field === 'phone'),
  );
  if (company) return { contact: null, company, key: `${company.matchedOn[0] ?? 'inn'}:${company.name}` };
  return null;
};

/**
 * One imported lead through the New lead form's path (`createLead`: company, person and deal in
 * one write, automation and all) after its duplicate check: a duplicate is skipped, attached (the
 * deal made on the existing contact or company) or made anyway, as the mapping's dedupe action
 * says ('update' attaches). The rows it makes are noted for the import's undo.
 */
export const importLead = (
  ctx: HandlerContext,
  journal: ImportJournal,
  lead: ImportedLead,
  action: DedupeAction,
): ImportedLeadOutcome => {
  const duplicate = action === 'create' ? null : duplicateOf(ctx, lead);
  if (duplicate && action === 'skip') return { kind: 'skipped', dealId: null, duplicateOf: duplicate.key };
  const reach = {
    ...(lead.phone ? { phone: lead.phone } : {}),
    ...(lead.email ? { email: lead.email } : {}),
  };
  const common = {
    ...(lead.ownerId === undefined ? {} : { ownerId: lead.ownerId }),
    pipelineId: lead.pipelineId,
    sourceId: lead.sourceId,
    campaignId: lead.campaignId,
    ...(lead.notes ? { notes: lead.notes } : {}),
  };
  let input: z.input<typeof leadCreateInputSchema>;
  if (duplicate?.contact) {
    input = { ...common, contactId: duplicate.contact.id };
  } else if (duplicate?.company) {
    const person = lead.contactName ?? (lead.companyName ? null : (lead.email ?? lead.phone));
    input = { ...common, companyId: duplicate.company.id, ...(person ? { contactName: person, ...reach } : {}) };
  } else {
    const person = lead.contactName ?? (lead.companyName ? null : (lead.email ?? lead.phone));
    input = {
      ...common,
      ...(lead.companyName ? { companyName: lead.companyName, ...(lead.inn ? { inn: lead.inn } : {}) } : {}),
      ...(person ? { contactName: person } : {}),
      ...reach,
    };
  }
  // Checked as the form's call is at the contract boundary: what the form refuses, a file may not slip in.
  const parsed = leadCreateInputSchema.safeParse(input);
  if (!parsed.success) {
    return { kind: 'invalid', dealId: null, field: String(parsed.error.issues[0]?.path[0] ?? 'lead') };
  }
  const deal = createLead(ctx, parsed.data);
  if (!duplicate && deal.companyId && lead.companyName) journal.adopt('companies', deal.companyId);
  if (!duplicate?.contact && deal.contactId && parsed.data.contactName !== undefined)
    journal.adopt('contacts', deal.contactId);
  journal.adopt('deals', deal.id);
  return duplicate
    ? { kind: 'attached', dealId: deal.id, duplicateOf: duplicate.key }
    : { kind: 'created', dealId: deal.id, duplicateOf: null };
};
