import { z } from 'zod';
import {
  CUSTOM_FIELD_ENTITIES,
  CUSTOM_FIELD_REQUIRED,
  CUSTOM_FIELD_TYPES,
  CUSTOM_OPTION_COLOURS,
} from '../../domain/customFields/customFieldKinds';
import { currencySchema, idSchema } from './common';
import { anchorFields } from './pipelines';

export const customFieldEntitySchema = z.enum(CUSTOM_FIELD_ENTITIES);
export const customFieldTypeSchema = z.enum(CUSTOM_FIELD_TYPES);
export const customOptionColourSchema = z.enum(CUSTOM_OPTION_COLOURS);

const nameSchema = z.string().trim().max(120);
/** A field's stable key (import mapping, exports): latin letters, digits and underscores. */
export const customFieldKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, { message: 'Latin letters, digits and _, starting with a letter' });

export const customFieldOptionSchema = z.object({
  id: idSchema,
  label: z.string(),
  colour: customOptionColourSchema,
  position: z.string(),
  archivedAt: z.number().nullable(),
});
export type CustomFieldOption = z.infer<typeof customFieldOptionSchema>;

export const customFieldSchema = z.object({
  id: idSchema,
  entity: customFieldEntitySchema,
  key: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  type: customFieldTypeSchema,
  currency: z.string().nullable(),
  required: z.enum(CUSTOM_FIELD_REQUIRED),
  requiredStageId: idSchema.nullable(),
  position: z.string(),
  archivedAt: z.number().nullable(),
  /** In order; archived ones too (a record may still hold one). */
  options: z.array(customFieldOptionSchema),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const customFieldsListInputSchema = z
  .object({ entity: customFieldEntitySchema.optional(), includeArchived: z.boolean().default(false) })
  .strict();

/** An option as the editor sends it: `id` for an existing one, none for a new one; the list's order is the order. */
const optionInputSchema = z
  .object({ id: idSchema.optional(), label: z.string().trim().min(1).max(120), colour: customOptionColourSchema })
  .strict();

const requiredFields = {
  required: z.enum(CUSTOM_FIELD_REQUIRED),
  /** The stage a deal must not leave forward while the field is empty (`required: 'stage'`). */
  requiredStageId: idSchema.nullable(),
};

/** At least one of the two names; the other language shows it as is. */
const withAName = <T extends { nameRu?: string | undefined; nameEn?: string | undefined }>(
  input: T,
  ctx: z.RefinementCtx,
) => {
  if (input.nameRu !== undefined && input.nameEn !== undefined && input.nameRu === '' && input.nameEn === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['nameRu'],
      message: 'A field needs a name',
      params: { reason: 'name_required' },
    });
  }
};

export const customFieldCreateInputSchema = z
  .object({
    entity: customFieldEntitySchema,
    /** Made from the name when left out. */
    key: customFieldKeySchema.optional(),
    nameRu: nameSchema,
    nameEn: nameSchema,
    type: customFieldTypeSchema,
    currency: currencySchema.nullable().default(null),
    required: requiredFields.required.default('never'),
    requiredStageId: requiredFields.requiredStageId.default(null),
    options: z.array(optionInputSchema).max(200).default([]),
    ...anchorFields,
  })
  .strict()
  .superRefine(withAName);

/** The type and entity are fixed once values may exist; `options` is the whole new list. */
export const customFieldUpdateInputSchema = z
  .object({
    id: idSchema,
    patch: z
      .object({
        nameRu: nameSchema,
        nameEn: nameSchema,
        currency: currencySchema.nullable(),
        required: requiredFields.required,
        requiredStageId: requiredFields.requiredStageId,
        options: z.array(optionInputSchema).max(200),
      })
      .partial()
      .strict()
      .superRefine(withAName),
  })
  .strict();

export const moneyValueSchema = z.object({ amountMinor: z.number(), currency: z.string() }).strict();
/** Shape only; each field's rule (`validateCustomValue`) runs in the core with the field's definition. */
export const customValueSchema = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.array(z.string()).max(200),
  moneyValueSchema,
  z.null(),
]);
export const customValuesSchema = z.record(idSchema, customValueSchema);
export type CustomValues = z.infer<typeof customValuesSchema>;

/**
 * The names of the users, companies and contacts a row's reference fields point at, by their id
 * (a table cell shows the name, not the id).
 */
export const customRefNamesSchema = z.record(z.string(), z.string());
export type CustomRefNames = z.infer<typeof customRefNamesSchema>;

export const customValuesInputSchema = z.object({ entity: customFieldEntitySchema, recordId: idSchema }).strict();

export const customValuesSetInputSchema = z
  .object({
    entity: customFieldEntitySchema,
    recordId: idSchema,
    /** Only the fields to change; `null` empties one. */
    values: customValuesSchema,
  })
  .strict();

export const customFieldReorderInputSchema = z.object({ id: idSchema, ...anchorFields }).strict();

/** A table column's sort key for a custom field: `cf:<field id>`. */
export type CustomSortField = `cf:${string}`;
const CUSTOM_SORT = /^cf:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const customSortFieldSchema = z.custom<CustomSortField>(
  (value) => typeof value === 'string' && CUSTOM_SORT.test(value),
  { message: 'Expected cf:<field id>' },
);

const bound = z
  .union([z.number(), z.string().max(10)])
  .nullable()
  .default(null);

/**
 * A table's filter on one custom field. `range`: numbers, money (minor units), date-times (ms)
 * and dates ('YYYY-MM-DD'), either end open; `contains`: text-like fields, folded; `anyOf`: a
 * select's options (a multi-select: any of them) or referenced records; `checked`: a checkbox.
 */
export const customFilterSchema = z.discriminatedUnion('op', [
  z.object({ fieldId: idSchema, op: z.literal('range'), min: bound, max: bound }).strict(),
  z.object({ fieldId: idSchema, op: z.literal('contains'), text: z.string().trim().min(1).max(200) }).strict(),
  z.object({ fieldId: idSchema, op: z.literal('anyOf'), ids: z.array(z.string().max(64)).min(1).max(100) }).strict(),
  z.object({ fieldId: idSchema, op: z.literal('checked'), value: z.boolean() }).strict(),
  z.object({ fieldId: idSchema, op: z.literal('empty') }).strict(),
  z.object({ fieldId: idSchema, op: z.literal('filled') }).strict(),
]);
export type CustomFilter = z.infer<typeof customFilterSchema>;
