import type { Deal } from '@shared/contract/schemas/deals';
import type { leadCreateInputSchema } from '@shared/contract/schemas/leads';
import type { z } from 'zod';
import type { HandlerContext } from '../../HandlerContext';
import { createCompany } from '../companies/companies.service';
import { findCompanyName } from './findCompanyName';
import { createContact } from '../contacts/contacts.service';
import { createDeal } from '../deals/deals.service';
import { notFound } from '../pipelines/notFound';
import { selectFirst } from '../../db/sql';

type LeadCreate = z.output<typeof leadCreateInputSchema>;

const findContact = (ctx: HandlerContext, id: string) => {
  const row = selectFirst(
    ctx.db,
    ctx.db.q
      .selectFrom('contacts')
      .select(['id', 'name', 'company_id'])
      .where('id', '=', id)
      .where('deleted_at', 'is', null),
  );
  if (!row) throw notFound('contact', id);
  return row;
};

/**
 * The fast "new lead": the company (made, or an existing one the duplicate warning offered), the
 * person (made at that company, or an existing contact, whose company the lead then takes) and the
 * deal in the pipeline's first stage — one transaction (nested writes are savepoints), so a refused
 * deal leaves no company or contact behind. Phone and e-mail go to the person, else to the company.
 */
export const createLead = (ctx: HandlerContext, input: LeadCreate): Deal =>
  ctx.write(() => {
    const owner = input.ownerId === undefined ? {} : { ownerId: input.ownerId };
    const reach = { phone: input.phone ?? null, email: input.email ?? null };
    const person = input.contactName !== undefined;
    const existingContact = input.contactId ? findContact(ctx, input.contactId) : null;
    let companyId = input.companyId ?? existingContact?.company_id ?? null;
    if (input.companyName !== undefined) {
      companyId = createCompany(
        ctx,
        {
          name: input.companyName,
          inn: input.inn ?? null,
          ...(person || existingContact ? {} : reach),
          ...owner,
        },
        { sideRecord: true },
      ).company.id;
    }
    const contactId = person
      ? createContact(ctx, { name: input.contactName ?? '', companyId, ...reach, ...owner }, { sideRecord: true })
          .contact.id
      : (existingContact?.id ?? null);
    const companyName = input.companyName ?? (companyId ? findCompanyName(ctx.db, companyId) : null);
    const title = input.title ?? companyName ?? input.contactName ?? existingContact?.name ?? '';
    return createDeal(ctx, {
      pipelineId: input.pipelineId,
      title,
      companyId,
      contactId,
      sourceId: input.sourceId ?? null,
      campaignId: input.campaignId ?? null,
      ...(input.valueMinor === undefined ? {} : { valueMinor: input.valueMinor }),
      notes: input.notes ?? null,
      ...(input.customValues ? { customValues: input.customValues } : {}),
      ...owner,
    });
  });
