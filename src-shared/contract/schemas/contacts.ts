import { z } from 'zod';
import { customFilterSchema, customRefNamesSchema, customSortFieldSchema, customValuesSchema } from './customFields';
import { idSchema, nonEmptyTextSchema } from './common';
import { blankableTextSchema, emailFieldSchema, pageFields, searchFieldSchema, sortDirectionSchema } from './fields';
import { phoneFieldSchema } from './phoneField';

export const CONTACT_ROLES = [
  'decision_maker',
  'economic_buyer',
  'champion',
  'influencer',
  'user',
  'gatekeeper',
  'other',
] as const;
export const contactRoleSchema = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof contactRoleSchema>;

export const contactSchema = z.object({
  id: idSchema,
  companyId: idSchema.nullable(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  role: contactRoleSchema.nullable(),
  persona: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  phoneNormalized: z.string().nullable(),
  ownerId: idSchema.nullable(),
  notes: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Set on a tombstoned contact (still readable by id so history and undo resolve it). */
  deletedAt: z.number().nullable(),
  /** When the person's personal data was erased on request (null: never); an erased contact is read-only. */
  erasedAt: z.number().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** A contacts-table row: the contact plus what the table shows from linked records. */
export const contactRowSchema = contactSchema.extend({
  companyName: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The record's custom values by field id (filled ones only). */
  customValues: customValuesSchema.optional(),
  /** Names of the records its reference fields point at. */
  customRefNames: customRefNamesSchema.optional(),
});
export type ContactRow = z.infer<typeof contactRowSchema>;

/** The contact form; the same shape validates the renderer's form and the contract input. */
export const contactFieldsShape = {
  name: nonEmptyTextSchema(200),
  companyId: idSchema.nullable(),
  jobTitle: blankableTextSchema(200),
  role: contactRoleSchema.nullable(),
  persona: blankableTextSchema(100),
  email: emailFieldSchema,
  phone: phoneFieldSchema,
  ownerId: idSchema.nullable(),
  notes: blankableTextSchema(10_000),
};
export const contactFormSchema = z.object(contactFieldsShape);

export const contactCreateInputSchema = z
  .object(contactFieldsShape)
  .partial({
    companyId: true,
    jobTitle: true,
    role: true,
    persona: true,
    email: true,
    phone: true,
    ownerId: true,
    notes: true,
  })
  /** Custom field values written with the contact; each is checked by its field's rule in the core. */
  .extend({ customValues: customValuesSchema.optional() })
  .strict();
export type ContactCreateInput = z.input<typeof contactCreateInputSchema>;

export const contactUpdateInputSchema = z
  .object({ id: idSchema, patch: z.object(contactFieldsShape).partial().strict() })
  .strict();
export type ContactUpdateInput = z.input<typeof contactUpdateInputSchema>;
export type ContactPatch = z.output<typeof contactUpdateInputSchema>['patch'];

/** Every column of the contacts table sorts on the server. */
export const CONTACT_SORT_FIELDS = [
  'name',
  'companyName',
  'jobTitle',
  'role',
  'email',
  'phone',
  'ownerName',
  'createdAt',
  'updatedAt',
] as const;
export type ContactSortField = (typeof CONTACT_SORT_FIELDS)[number];

export const contactsListInputSchema = z
  .object({
    /** Name, e-mail or phone (digits match the normalised number). */
    search: searchFieldSchema,
    companyId: idSchema.optional(),
    role: contactRoleSchema.optional(),
    /** null: contacts without an owner. */
    ownerId: idSchema.nullable().optional(),
    /** Filters on custom fields of the records, all of which must hold. */
    customFilters: z.array(customFilterSchema).max(20).optional(),
    /** A built-in column, or `cf:<field id>` for a custom one (empty values last either way). */
    sort: z
      .object({ field: z.union([z.enum(CONTACT_SORT_FIELDS), customSortFieldSchema]), dir: sortDirectionSchema })
      .default({ field: 'name', dir: 'asc' }),
    ...pageFields,
  })
  .strict()
  .default({ sort: { field: 'name', dir: 'asc' }, offset: 0, limit: 50 });
export type ContactsListInput = z.input<typeof contactsListInputSchema>;

export const contactsListOutputSchema = z.object({
  rows: z.array(contactRowSchema),
  total: z.number().int().nonnegative(),
});

export const CONTACT_DUPLICATE_FIELDS = ['email', 'phone'] as const;
export const contactDuplicateFieldSchema = z.enum(CONTACT_DUPLICATE_FIELDS);

/** A possible duplicate and the fields that matched; a warning, never a block. */
export const contactDuplicateSchema = z.object({
  id: idSchema,
  name: z.string(),
  companyId: idSchema.nullable(),
  companyName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  matchedOn: z.array(contactDuplicateFieldSchema).min(1),
});
export type ContactDuplicate = z.infer<typeof contactDuplicateSchema>;

/** Raw form values while typing: unparseable ones are ignored, not refused. */
export const contactDuplicatesInputSchema = z
  .object({
    /** The contact being edited, never its own duplicate. */
    id: idSchema.optional(),
    email: z.string().max(300).nullable().optional(),
    phone: z.string().max(100).nullable().optional(),
  })
  .strict();

export const contactSavedOutputSchema = z.object({
  contact: contactSchema,
  duplicates: z.array(contactDuplicateSchema),
});
export type ContactSaved = z.infer<typeof contactSavedOutputSchema>;
