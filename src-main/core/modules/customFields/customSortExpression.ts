import { isNumericType, type CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { type RawBuilder, sql } from 'kysely';

/**
 * What a table sorts a custom field's value row (aliased `alias`) by: numbers by number, a
 * single select by its options' order, a user by name, a company or contact by its folded name,
 * everything else by the folded text (ISO dates sort as text).
 */
export const customSortExpression = (type: CustomFieldType, alias: string): RawBuilder<unknown> => {
  const text = sql.ref(`${alias}.text_value`);
  if (isNumericType(type)) return sql`${sql.ref(`${alias}.number_value`)}`;
  switch (type) {
    case 'single_select':
      return sql`(SELECT o.position FROM custom_field_options o WHERE o.id = ${text})`;
    case 'user':
      return sql`(SELECT u.name FROM users u WHERE u.id = ${text})`;
    case 'company':
      return sql`(SELECT c.sort_key FROM companies c WHERE c.id = ${text})`;
    case 'contact':
      return sql`(SELECT c.sort_key FROM contacts c WHERE c.id = ${text})`;
    default:
      return sql`${sql.ref(`${alias}.text_key`)}`;
  }
};
