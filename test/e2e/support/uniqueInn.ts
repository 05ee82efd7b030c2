import { completeInn } from '@shared/domain/russianCompanyIds';

let counter = 0;

/** A valid 10-digit INN no other test uses (region 77, then time and a counter). */
export const uniqueInn = (): string => {
  counter += 1;
  const body = `77${String((Date.now() * 10 + counter) % 10_000_000).padStart(7, '0')}`;
  return completeInn(body);
};
