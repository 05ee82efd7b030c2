import { z } from 'zod';
import { mutation, query } from '../procedure';
import {
  companiesListInputSchema,
  companiesListOutputSchema,
  companyCardInputSchema,
  companyCardSchema,
  companyCreateInputSchema,
  companyDuplicateSchema,
  companyDuplicatesInputSchema,
  companyFacetsSchema,
  companySavedOutputSchema,
  companySchema,
  companyUpdateInputSchema,
} from '../schemas/companies';
import { emptyInputSchema, idSchema } from '../schemas/common';

const byId = z.object({ id: idSchema }).strict();

export const companyProcedures = {
  /**
   * The companies table: search (name, INN, domain, e-mail, phone digits), column filters, any
   * column sorted, one page + total; rows carry open deals and their value.
   */
  'companies.list': query(companiesListInputSchema, companiesListOutputSchema),
  /** Values in use for the industry, region and segment filters. */
  'companies.facets': query(emptyInputSchema, companyFacetsSchema),
  /** One company by id, tombstoned too (`deletedAt` set). */
  'companies.get': query(byId, companySchema),
  /** Saves and returns the company with possible duplicates (a warning, not a block). */
  'companies.create': mutation(companyCreateInputSchema, companySavedOutputSchema, ['companies']),
  'companies.update': mutation(companyUpdateInputSchema, companySavedOutputSchema, ['companies']),
  'companies.delete': mutation(byId, companySchema, ['companies']),
  'companies.restore': mutation(byId, companySchema, ['companies']),
  /** While typing: live companies with the same INN, e-mail, phone, web domain or name. */
  'companies.duplicates': query(companyDuplicatesInputSchema, z.array(companyDuplicateSchema)),
  /** The company page: record, deal figures, deals and contacts (its timeline: `timeline.page`). */
  'companies.card': query(companyCardInputSchema, companyCardSchema),
} as const;
