import type { Deal, dealCreateInputSchema } from '@shared/contract/schemas/deals';
import type { z } from 'zod';
import type { HandlerContext } from '../../HandlerContext';
import { createCompany } from '../companies/companies.service';
import { createContact } from '../contacts/contacts.service';
import { createDeal } from './deals.service';

type DealCreate = z.output<typeof dealCreateInputSchema>;

/**
 * `deals.create` with a company and/or contact typed in the New deal dialog: all made in one
 * transaction (nested writes are savepoints), so a refused deal leaves no company or contact
 * behind. They belong to the deal's owner, and the new contact works at the deal's company.
 */
export const createDealWithNewRecords = (ctx: HandlerContext, input: DealCreate): Deal => {
  const { newCompany, newContact, ...deal } = input;
  if (!newCompany && !newContact) return createDeal(ctx, deal);
  return ctx.write(() => {
    const owner = deal.ownerId === undefined ? {} : { ownerId: deal.ownerId };
    const companyId = newCompany
      ? createCompany(ctx, { ...newCompany, ...owner }, { sideRecord: true }).company.id
      : deal.companyId;
    const contactId = newContact
      ? createContact(ctx, { ...newContact, companyId: companyId ?? null, ...owner }, { sideRecord: true }).contact.id
      : deal.contactId;
    return createDeal(ctx, { ...deal, companyId, contactId });
  });
};
