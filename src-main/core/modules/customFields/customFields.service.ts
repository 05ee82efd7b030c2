import type {
  CustomField,
  customFieldCreateInputSchema,
  customFieldUpdateInputSchema,
} from '@shared/contract/schemas/customFields';
import {
  isSelectType,
  type CustomFieldRequired,
  type CustomFieldType,
} from '@shared/domain/customFields/customFieldKinds';
import { type Anchor, evenPositions } from '@shared/domain/listPlacement';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { ChangeWriter, RowValues } from '../../changes/ChangeWriter';
import { conflictError } from '../../conflictError';
import type { CustomFieldsTable } from '../../db/schema';
import type { HandlerContext } from '../../HandlerContext';
import { fieldError } from '../companies/fieldError';
import { notFound } from '../pipelines/notFound';
import { findStageRow } from '../pipelines/pipelines.repo';
import { placeInList } from '../pipelines/placeInList';
import { customFieldKey } from './customFieldKey';
import {
  customFieldKeys,
  customFieldPositions,
  findCustomFieldRow,
  getCustomField,
  listActiveCustomFields,
  listOptionRows,
} from './customFields.repo';

type CreateInput = z.output<typeof customFieldCreateInputSchema>;
type Patch = z.output<typeof customFieldUpdateInputSchema>['patch'];
type OptionInput = NonNullable<Patch['options']>[number];

const requireField = (ctx: HandlerContext, id: string): CustomFieldsTable => {
  const row = findCustomFieldRow(ctx.db, id);
  if (!row) throw notFound('customField', id);
  return row;
};

const getField = (ctx: HandlerContext, id: string): CustomField => {
  const field = getCustomField(ctx.db, id);
  if (!field) throw notFound('customField', id);
  return field;
};

/** "At a stage" names an existing stage and only deals have stages; otherwise no stage. */
const checkRequired = (
  ctx: HandlerContext,
  entity: CustomFieldsTable['entity'],
  required: CustomFieldRequired,
  stageId: string | null,
): string | null => {
  if (required !== 'stage') return null;
  if (entity !== 'deal')
    throw fieldError(['required'], 'stage_required', 'Only deal fields can be required at a stage');
  if (stageId === null) throw fieldError(['requiredStageId'], 'stage_required', 'Choose the stage');
  const stage = findStageRow(ctx.db, stageId);
  if (!stage || stage.archived_at !== null) throw fieldError(['requiredStageId'], 'stage_not_found', 'No such stage');
  return stageId;
};

const checkShape = (type: CustomFieldType, options: readonly OptionInput[] | undefined, currency: string | null) => {
  if (options && options.length > 0 && !isSelectType(type)) {
    throw fieldError(['options'], 'options_for_select_only', 'Only select fields have options');
  }
  if (currency !== null && type !== 'money') {
    throw fieldError(['currency'], 'currency_for_money_only', 'Only money fields have a currency');
  }
};

/**
 * Makes the field's options the given list, in its order: listed ones are written (a listed
 * archived one comes back), new ones inserted, unlisted active ones archived (records keep them).
 */
const writeOptions = (
  writer: ChangeWriter,
  ctx: HandlerContext,
  fieldId: string,
  options: readonly OptionInput[],
  now: number,
) => {
  const existing = new Map(listOptionRows(ctx.db, [fieldId]).map((row) => [row.id, row]));
  const positions = evenPositions(options.length);
  options.forEach((option, index) => {
    const position = positions[index] ?? `z${index}`;
    const row = option.id === undefined ? undefined : existing.get(option.id);
    if (option.id !== undefined && !row) throw fieldError(['options', index, 'id'], 'option_unknown', 'No such option');
    if (row) {
      writer.update(
        'custom_field_options',
        row.id,
        { label: option.label, colour: option.colour, position, archived_at: null },
        row,
      );
      existing.delete(row.id);
      return;
    }
    writer.insert('custom_field_options', {
      id: uuidv7(),
      field_id: fieldId,
      label: option.label,
      colour: option.colour,
      position,
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  for (const row of existing.values()) {
    if (row.archived_at === null) writer.update('custom_field_options', row.id, { archived_at: now }, row);
  }
};

export const createCustomField = (ctx: HandlerContext, input: CreateInput): CustomField => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkShape(input.type, input.options, input.currency);
    const stageId = checkRequired(ctx, input.entity, input.required, input.requiredStageId);
    const taken = customFieldKeys(ctx.db, input.entity);
    if (input.key !== undefined && taken.has(input.key)) throw fieldError(['key'], 'key_taken', 'This key is taken');
    const key = input.key ?? customFieldKey(input.nameEn || input.nameRu, taken);
    const position = placeInList(writer, 'custom_fields', customFieldPositions(ctx.db, input.entity), id, input);
    writer.insert('custom_fields', {
      id,
      entity: input.entity,
      key,
      name_ru: input.nameRu,
      name_en: input.nameEn,
      type: input.type,
      currency: input.currency,
      required: input.required,
      required_stage_id: stageId,
      position,
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    if (isSelectType(input.type)) writeOptions(writer, ctx, id, input.options, now);
  });
  return getField(ctx, id);
};

export const updateCustomField = (ctx: HandlerContext, id: string, patch: Patch): CustomField => {
  ctx.write((writer, now) => {
    const row = requireField(ctx, id);
    const currency = patch.currency === undefined ? row.currency : patch.currency;
    checkShape(row.type, patch.options, currency);
    const nameRu = patch.nameRu ?? row.name_ru;
    const nameEn = patch.nameEn ?? row.name_en;
    if (nameRu === '' && nameEn === '') throw fieldError(['nameRu'], 'name_required', 'A field needs a name');
    const values: RowValues = { name_ru: nameRu, name_en: nameEn, currency };
    if (patch.required !== undefined || patch.requiredStageId !== undefined) {
      const required = patch.required ?? row.required;
      const stageId = patch.requiredStageId === undefined ? row.required_stage_id : patch.requiredStageId;
      values.required = required;
      values.required_stage_id = checkRequired(ctx, row.entity, required, stageId);
    }
    writer.update('custom_fields', id, values, row);
    if (patch.options !== undefined) writeOptions(writer, ctx, id, patch.options, now);
  });
  return getField(ctx, id);
};

/** An archived field leaves forms, tables and gates; its values stay (and come back with it). */
export const setCustomFieldArchived = (ctx: HandlerContext, id: string, archived: boolean): CustomField => {
  ctx.write((writer, now) => {
    const row = requireField(ctx, id);
    if (archived === (row.archived_at !== null)) return;
    const values: RowValues = { archived_at: archived ? now : null };
    if (!archived)
      values.position = placeInList(writer, 'custom_fields', customFieldPositions(ctx.db, row.entity), id, {});
    writer.update('custom_fields', id, values, row);
  });
  return getField(ctx, id);
};

export const reorderCustomField = (ctx: HandlerContext, id: string, anchor: Anchor): CustomField[] => {
  const row = requireField(ctx, id);
  ctx.write((writer) => {
    if (row.archived_at !== null)
      throw conflictError('archived', 'An archived field has no place in the order', { id });
    const position = placeInList(writer, 'custom_fields', customFieldPositions(ctx.db, row.entity), id, anchor);
    writer.update('custom_fields', id, { position }, row);
  });
  return listActiveCustomFields(ctx.db, row.entity);
};
