import { completeInn, completeOgrn, completeOgrnip } from '@shared/domain/russianCompanyIds';
import type { Random } from './createRandom';

export type RussianIds = { inn: string; kpp: string | null; ogrn: string };

const digits = (random: Random, count: number): string => {
  let text = '';
  for (let index = 0; index < count; index += 1) text += String(random.int(0, 9));
  return text;
};

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * INN, KPP and OGRN with valid check digits that agree with each other: the INN and KPP start
 * with the same tax office, the OGRN carries the registration year and region. A sole trader
 * (ИП) gets a 12-digit INN, an OGRNIP and no KPP. `taken` keeps INNs unique within one seed.
 */
export const makeRussianIds = (
  random: Random,
  taxRegion: string,
  soleTrader: boolean,
  registeredYear: number,
  taken: Set<string>,
): RussianIds => {
  const office = `${taxRegion}${twoDigits(random.int(1, 51))}`;
  const year = twoDigits(registeredYear % 100);
  for (;;) {
    const inn = completeInn(`${office}${digits(random, soleTrader ? 6 : 5)}`);
    if (taken.has(inn)) continue;
    taken.add(inn);
    if (soleTrader) return { inn, kpp: null, ogrn: completeOgrnip(`3${year}${taxRegion}${digits(random, 9)}`) };
    const kpp = `${office}01${digits(random, 3).replace(/^000$/, '001')}`;
    const ogrn = completeOgrn(
      `${random.chance(0.7) ? '1' : '5'}${year}${taxRegion}${office.slice(2)}${digits(random, 5)}`,
    );
    return { inn, kpp, ogrn };
  }
};
