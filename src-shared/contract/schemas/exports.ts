import { z } from 'zod';
import { activitiesListInputSchema } from './activities';
import { languageSchema } from './common';
import { companiesListInputSchema } from './companies';
import { contactsListInputSchema } from './contacts';
import { customSortFieldSchema } from './customFields';
import { dealsListInputSchema } from './deals';
import { leadsListInputSchema } from './leads';
import { reportFileSchema } from './reports';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** The deals table's columns an export can hold, by the table's column ids. */
export const DEAL_EXPORT_COLUMNS = [
  'title',
  'companyName',
  'stageId',
  'status',
  'valueMinor',
  'expectedCloseOn',
  'ownerName',
  'createdAt',
] as const;
export type DealExportColumn = (typeof DEAL_EXPORT_COLUMNS)[number];

/** The companies table's columns, in the table's order. */
export const COMPANY_EXPORT_COLUMNS = [
  'name',
  'inn',
  'industry',
  'size',
  'region',
  'segment',
  'ownerName',
  'openDeals',
  'openValueMinor',
  'customerSince',
  'phone',
  'email',
  'domain',
  'createdAt',
] as const;
export type CompanyExportColumn = (typeof COMPANY_EXPORT_COLUMNS)[number];

/** The contacts table's columns, in the table's order. */
export const CONTACT_EXPORT_COLUMNS = [
  'name',
  'companyName',
  'jobTitle',
  'role',
  'persona',
  'email',
  'phone',
  'ownerName',
  'createdAt',
] as const;
export type ContactExportColumn = (typeof CONTACT_EXPORT_COLUMNS)[number];

/** The activities table's columns, in the table's order. */
export const ACTIVITY_EXPORT_COLUMNS = [
  'doneAt',
  'type',
  'subject',
  'outcome',
  'durationMin',
  'dealTitle',
  'companyName',
  'contactName',
  'ownerName',
  'body',
] as const;
export type ActivityExportColumn = (typeof ACTIVITY_EXPORT_COLUMNS)[number];

/** The leads inbox's columns, in the table's order (the selection box is not data). */
export const LEAD_EXPORT_COLUMNS = [
  'title',
  'companyName',
  'contactName',
  'stage',
  'createdAt',
  'slaDueAt',
  'sourceId',
  'campaignName',
  'ownerName',
  'icpFit',
  'bantScore',
] as const;
export type LeadExportColumn = (typeof LEAD_EXPORT_COLUMNS)[number];

const page = { offset: true, limit: true } as const;

/**
 * The visible columns of a table with custom fields: its own column ids and `cf:<field id>`, in
 * the table's order. Left out, every built-in column and every active custom field; a field
 * archived meanwhile is left out of the file.
 */
const columnsWithCustom = <Id extends string>(ids: readonly [Id, ...Id[]]) =>
  z
    .array(z.union([z.enum(ids), customSortFieldSchema]))
    .min(1)
    .optional();

/** What every table's export shares: the format, the language of headers and values, the CSV separator. */
const fileFields = {
  format: z.enum(EXPORT_FORMATS),
  language: languageSchema,
  /** CSV only; default `;` in Russian (Excel with a decimal comma), `,` in English. */
  separator: z.enum([';', ',']).optional(),
};

/**
 * A table view as a file: the same filters and sort as the table's list call (every page, not
 * just the one on screen) and its visible columns in their order.
 */
export const tableExportInputSchema = z.discriminatedUnion('table', [
  z
    .object({
      table: z.literal('deals'),
      query: dealsListInputSchema.omit(page),
      columns: columnsWithCustom(DEAL_EXPORT_COLUMNS),
      ...fileFields,
    })
    .strict(),
  z
    .object({
      table: z.literal('companies'),
      query: companiesListInputSchema.unwrap().omit(page),
      columns: columnsWithCustom(COMPANY_EXPORT_COLUMNS),
      ...fileFields,
    })
    .strict(),
  z
    .object({
      table: z.literal('contacts'),
      query: contactsListInputSchema.unwrap().omit(page),
      columns: columnsWithCustom(CONTACT_EXPORT_COLUMNS),
      ...fileFields,
    })
    .strict(),
  z
    .object({
      table: z.literal('leads'),
      query: leadsListInputSchema.omit(page),
      columns: z.array(z.enum(LEAD_EXPORT_COLUMNS)).min(1),
      ...fileFields,
    })
    .strict(),
  z
    .object({
      table: z.literal('activities'),
      query: activitiesListInputSchema.omit(page),
      columns: z.array(z.enum(ACTIVITY_EXPORT_COLUMNS)).min(1),
      ...fileFields,
    })
    .strict(),
]);
export type TableExportInput = z.input<typeof tableExportInputSchema>;
export type TableExportRequest = z.output<typeof tableExportInputSchema>;

export const tableExportFileSchema = reportFileSchema;
