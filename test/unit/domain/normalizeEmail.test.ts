import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '@shared/domain/normalizeEmail';

describe('normalizeEmail', () => {
  it.each([
    ['ivan@example.com', 'ivan@example.com'],
    ['  Ivan.Petrov@Example.COM ', 'ivan.petrov@example.com'],
    ['mailto:sales@example.ru', 'sales@example.ru'],
    ['first+tag@sub.example.co.uk', 'first+tag@sub.example.co.uk'],
    ['Продажи@Пример.РФ', 'продажи@пример.рф'],
    ['info@xn--e1afmkfd.xn--p1ai', 'info@пример.рф'],
    ["o'hara@example.com", "o'hara@example.com"],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });

  it.each([
    [''],
    ['ivan'],
    ['@example.com'],
    ['ivan@'],
    ['ivan@localhost'],
    ['ivan petrov@example.com'],
    ['ivan@exa mple.com'],
    ['.ivan@example.com'],
    ['ivan.@example.com'],
    ['iv..an@example.com'],
    ['ivan@@example.com'],
    ['ivan@example..com'],
    [`${'a'.repeat(65)}@example.com`],
  ])('%j is not an address', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});
