import { describe, expect, it } from 'vitest';
import { camelCaseColumn } from '@shared/domain/fieldHistory';

describe('camelCaseColumn', () => {
  it('names a logged column as the contract does', () => {
    expect(camelCaseColumn('value_minor')).toBe('valueMinor');
    expect(camelCaseColumn('bant_authority_contact_id')).toBe('bantAuthorityContactId');
    expect(camelCaseColumn('title')).toBe('title');
  });
});
