import { describe, expect, it } from 'vitest';
import { mergeVersionVectors } from '@shared/domain/sync/mergeVersionVectors';
import { versionVectorHas } from '@shared/domain/sync/versionVectorHas';

const A1 = '2026-11-23T09:00:00.000Z-0000-a';
const A2 = '2026-11-23T09:00:01.000Z-0000-a';
const B1 = '2026-11-23T09:00:00.500Z-0003-b';

describe('version vectors', () => {
  it('cover every stamp of a device up to its highest, and nothing of an unknown device', () => {
    expect(versionVectorHas({ a: A2 }, 'a', A1)).toBe(true);
    expect(versionVectorHas({ a: A2 }, 'a', A2)).toBe(true);
    expect(versionVectorHas({ a: A1 }, 'a', A2)).toBe(false);
    expect(versionVectorHas({ a: A2 }, 'b', B1)).toBe(false);
  });

  it('merge to the higher stamp per device', () => {
    expect(mergeVersionVectors({ a: A1, b: B1 }, { a: A2 })).toEqual({ a: A2, b: B1 });
    expect(mergeVersionVectors({ a: A2 }, { a: A1 })).toEqual({ a: A2 });
  });
});
