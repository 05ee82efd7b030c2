import { describe, expect, it } from 'vitest';
import { transliterateRu } from '@shared/domain/transliterateRu';

describe('transliterateRu', () => {
  it('spells lower-case Russian letters in Latin and keeps everything else', () => {
    expect(transliterateRu('номер тендера №5')).toBe('nomer tendera №5');
    expect(transliterateRu('щёлково-подъезд')).toBe('shchelkovo-podezd');
    expect(transliterateRu('Жук')).toBe('Жuk');
  });
});
