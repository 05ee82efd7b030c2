import type { IcpProfile } from '@shared/contract/schemas/icpProfiles';
import type { Translate } from '@shared/i18n/Translate';

/**
 * A profile's size range as its criteria line reads it: «размер Малая – Средняя», and an open
 * range in words («размер от Крупная», «размер до Малая») rather than a dash to nothing.
 * Empty when the profile takes any size.
 */
export const icpSizeSummary = (profile: Pick<IcpProfile, 'sizeMin' | 'sizeMax'>, t: Translate): string => {
  const size = (key: NonNullable<IcpProfile['sizeMin']>) => t(`companies.sizes.${key}`);
  const { sizeMin, sizeMax } = profile;
  if (sizeMin && sizeMax) return t('icp.summary.size', { from: size(sizeMin), to: size(sizeMax) });
  if (sizeMin) return t('icp.summary.sizeFrom', { from: size(sizeMin) });
  if (sizeMax) return t('icp.summary.sizeTo', { to: size(sizeMax) });
  return '';
};
