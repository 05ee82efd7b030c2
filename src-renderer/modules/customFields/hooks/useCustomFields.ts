import type { CustomField } from '@shared/contract/schemas/customFields';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';

/** A kind of record's fields in order (active ones, or with the archived); null while loading. */
export const useCustomFields = (entity: CustomFieldEntity, includeArchived = false): CustomField[] | null =>
  useLiveQuery('customFields.list', { entity, includeArchived }, ['custom_fields', 'custom_field_options']).data;
