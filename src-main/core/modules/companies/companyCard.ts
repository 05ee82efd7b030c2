import type { CompanyCard } from '@shared/contract/schemas/companies';
import type { Db } from '../../db/Db';
import { listCompanyContacts } from '../contacts/contacts.repo';
import { toDeal } from '../deals/deals.repo';
import { findCompanyOwnerName } from './companies.repo';
import { getCompany } from './companies.service';
import { companyDealRows, companyDealTotals } from './companyPage.repo';

const dealStats = (db: Db, companyId: string, currency: string): CompanyCard['stats'] => {
  const byStatus = new Map(companyDealTotals(db, companyId, currency).map((row) => [row.status, row]));
  return {
    currency,
    openDeals: byStatus.get('open')?.deals ?? 0,
    openValueMinor: byStatus.get('open')?.value_minor ?? 0,
    wonDeals: byStatus.get('won')?.deals ?? 0,
    wonValueMinor: byStatus.get('won')?.value_minor ?? 0,
    lostDeals: byStatus.get('lost')?.deals ?? 0,
  };
};

/** The company page in one read: record, owner, deal figures, deals, contacts (the timeline pages on its own). */
export const companyCard = (db: Db, input: { id: string; dealsLimit: number }, currency: string): CompanyCard => {
  const company = getCompany(db, input.id);
  const deals = companyDealRows(db, input.id, input.dealsLimit);
  return {
    company,
    ownerName: findCompanyOwnerName(db, company.ownerId),
    stats: dealStats(db, input.id, currency),
    deals: { rows: deals.rows.map(toDeal), total: deals.total },
    contacts: listCompanyContacts(db, input.id),
  };
};
