import { type IcpCompanyFacts, type IcpFit, type IcpProfileRules, icpFit } from './icpFit';

export type IcpProfileForFit = { id: string; name: string; rules: IcpProfileRules };

export type BestIcpFit = IcpFit & { profileId: string; profileName: string };

/**
 * A company's ICP fit over the approved profiles: the profile it fits best, with that profile's
 * reasons. A firm may sell to several kinds of customer; fitting one of them well is a fit, so the
 * best wins (the first in the given order on a tie, so every device picks the same one). Null
 * while no profile is approved: there is no ideal customer to fit yet.
 */
export const bestIcpFit = (company: IcpCompanyFacts, profiles: readonly IcpProfileForFit[]): BestIcpFit | null => {
  let best: BestIcpFit | null = null;
  for (const profile of profiles) {
    const result = icpFit(company, profile.rules);
    if (best === null || result.fit > best.fit) {
      best = { ...result, profileId: profile.id, profileName: profile.name };
    }
  }
  return best;
};
