import { describe, expect, it } from 'vitest';
import { RowKeys } from '../../../../src-main/core/sync/RowKeys';

describe('RowKeys', () => {
  it('says whether a row was new as it adds it, table by table', () => {
    const rows = new RowKeys();
    expect(rows.add('deals', 'a')).toBe(true);
    expect(rows.add('deals', 'a')).toBe(false);
    expect(rows.add('contacts', 'a')).toBe(true);
    expect(rows.has('deals', 'a')).toBe(true);
    expect(rows.has('companies', 'a')).toBe(false);
  });
});
