import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';

export type PhoneMatch =
  | { contactId: string | null; companyId: string; dealId: string | null }
  | {
      contactId: string;
      companyId: string | null;
      dealId: string | null;
    };

/**
 * Who a normalised number (E.164) belongs to: a live contact with it (the latest edited, when
 * several share it) and that contact's company, else a live company with it; and the open deal
 * the call is about — the contact's newest, else the company's. Asked once per number.
 */
export const createPhoneMatcher = (db: Db) => {
  const found = new Map<string, PhoneMatch | null>();
  const contact = prepare(
    db,
    `SELECT id, company_id FROM contacts WHERE phone_normalized = ? AND deleted_at IS NULL
     ORDER BY updated_at DESC, id LIMIT 1`,
  );
  const company = prepare(
    db,
    'SELECT id FROM companies WHERE phone_normalized = ? AND deleted_at IS NULL ORDER BY updated_at DESC, id LIMIT 1',
  );
  const contactDeal = prepare(
    db,
    `SELECT id FROM deals WHERE contact_id = ? AND status = 'open' AND deleted_at IS NULL
     ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  const companyDeal = prepare(
    db,
    `SELECT id FROM deals WHERE company_id = ? AND status = 'open' AND deleted_at IS NULL
     ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  const lookup = (number: string): PhoneMatch | null => {
    const person = contact.get(number) as { id: string; company_id: string | null } | undefined;
    const companyId = person ? person.company_id : ((company.get(number) as { id: string } | undefined)?.id ?? null);
    if (!person && companyId === null) return null;
    const deal = ((person ? contactDeal.get(person.id) : undefined) ??
      (companyId ? companyDeal.get(companyId) : undefined)) as { id: string } | undefined;
    const dealId = deal?.id ?? null;
    return person
      ? { contactId: person.id, companyId, dealId }
      : { contactId: null, companyId: companyId as string, dealId };
  };
  /** `fresh`: asked again (the import has just made a lead with it). */
  return (number: string, fresh = false): PhoneMatch | null => {
    if (fresh || !found.has(number)) found.set(number, lookup(number));
    return found.get(number) ?? null;
  };
};
