import { describe, expect, it } from 'vitest';
import { initials } from '@shared/domain/initials';

describe('initials', () => {
  it.each([
    ['Анна Смирнова', 'АС'],
    ['  анна   смирнова ', 'АС'],
    ['anna', 'A'],
    ['Иван Петрович Сидоров', 'ИС'],
    ['Сидоров Иван Петрович', 'СИ'],
    ['Мария Ивановна Кузнецова', 'МК'],
    ['Ольга Ильинична Попова', 'ОП'],
    ['Гейдар Алиев оглы', 'ГА'],
    ['Jean Claude Van Damme', 'JD'],
    ['Анна-Мария Лебедева-Кац', 'АЛ'],
    ['«Вася» Пупкин', 'ВП'],
    ['ёжик туманов', 'ЁТ'],
    ['𝒜lice Smith', '𝒜S'],
    ['', ''],
    ['   ', ''],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('two-word names keep both words even when one looks like a patronymic', () => {
    expect(initials('Иванович Пётр')).toBe('ИП');
  });
});
