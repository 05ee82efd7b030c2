import type { HandlersOf } from '../../Handlers';
import { customValuesOf, listCustomFields } from './customFields.repo';
import {
  createCustomField,
  reorderCustomField,
  setCustomFieldArchived,
  updateCustomField,
} from './customFields.service';
import { setCustomValues } from './setCustomValues';

export const customFieldsHandlers: HandlersOf<
  | 'customFields.list'
  | 'customFields.create'
  | 'customFields.update'
  | 'customFields.archive'
  | 'customFields.restore'
  | 'customFields.reorder'
  | 'customFields.values'
  | 'customFields.setValues'
> = {
  'customFields.list': (input, ctx) => listCustomFields(ctx.db, input),
  'customFields.create': (input, ctx) => createCustomField(ctx, input),
  'customFields.update': (input, ctx) => updateCustomField(ctx, input.id, input.patch),
  'customFields.archive': (input, ctx) => setCustomFieldArchived(ctx, input.id, true),
  'customFields.restore': (input, ctx) => setCustomFieldArchived(ctx, input.id, false),
  'customFields.reorder': (input, ctx) => reorderCustomField(ctx, input.id, input),
  'customFields.values': (input, ctx) => customValuesOf(ctx.db, [input.recordId]).get(input.recordId) ?? {},
  'customFields.setValues': (input, ctx) => {
    ctx.write((writer, now) => setCustomValues(ctx.db, writer, now, input));
    return customValuesOf(ctx.db, [input.recordId]).get(input.recordId) ?? {};
  },
};
