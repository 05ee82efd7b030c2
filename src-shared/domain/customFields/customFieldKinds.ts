/** Records a custom field can be defined on. */
export const CUSTOM_FIELD_ENTITIES = ['deal', 'company', 'contact', 'activity'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

/** Every type a custom field can have; its value's shape and storage follow from it. */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'single_select',
  'multi_select',
  'checkbox',
  'link',
  'phone',
  'email',
  'user',
  'company',
  'contact',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** never: optional; always: must be filled; stage: must be filled to leave that stage forward (deals). */
export const CUSTOM_FIELD_REQUIRED = ['never', 'always', 'stage'] as const;
export type CustomFieldRequired = (typeof CUSTOM_FIELD_REQUIRED)[number];

/** Option colours of select fields (names, so light and dark themes each pick their shade). */
export const CUSTOM_OPTION_COLOURS = [
  'grey',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'purple',
  'pink',
] as const;
export type CustomOptionColour = (typeof CUSTOM_OPTION_COLOURS)[number];

/** Types whose value is one of the field's options. */
export const isSelectType = (type: CustomFieldType): boolean => type === 'single_select' || type === 'multi_select';

/** Types whose value is stored in `number_value` (sorted and filtered as numbers). */
export const isNumericType = (type: CustomFieldType): boolean =>
  type === 'number' || type === 'money' || type === 'datetime' || type === 'checkbox';
