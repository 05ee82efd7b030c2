import { z } from 'zod';
import { mutation, query } from '../procedure';
import {
  customFieldCreateInputSchema,
  customFieldReorderInputSchema,
  customFieldSchema,
  customFieldsListInputSchema,
  customFieldUpdateInputSchema,
  customValuesInputSchema,
  customValuesSchema,
  customValuesSetInputSchema,
} from '../schemas/customFields';
import { idInputSchema } from '../schemas/pipelines';

const FIELD_TABLES = ['custom_fields', 'custom_field_options'] as const;
/** Values show in the record's own views (drawer, tables, board), which refetch on their table. */
const VALUE_TABLES = ['custom_values', 'deals', 'companies', 'contacts', 'activities'] as const;

export const customFieldProcedures = {
  /** Definitions in order (of one entity, or all), each with its options. */
  'customFields.list': query(customFieldsListInputSchema, z.array(customFieldSchema)),
  'customFields.create': mutation(customFieldCreateInputSchema, customFieldSchema, FIELD_TABLES),
  'customFields.update': mutation(customFieldUpdateInputSchema, customFieldSchema, FIELD_TABLES),
  /** An archived field is hidden from forms, tables and gates; its values are kept. */
  'customFields.archive': mutation(idInputSchema, customFieldSchema, FIELD_TABLES),
  'customFields.restore': mutation(idInputSchema, customFieldSchema, FIELD_TABLES),
  /** Returns the entity's active fields in their new order. */
  'customFields.reorder': mutation(customFieldReorderInputSchema, z.array(customFieldSchema), FIELD_TABLES),
  /** A record's values by field id (fields without a value are left out). */
  'customFields.values': query(customValuesInputSchema, customValuesSchema),
  /** Validates every value against its field and writes them in one transaction; returns all values. */
  'customFields.setValues': mutation(customValuesSetInputSchema, customValuesSchema, VALUE_TABLES),
} as const;
