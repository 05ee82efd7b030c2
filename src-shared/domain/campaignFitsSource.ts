/**
 * A deal's campaign must belong to the deal's lead source: a campaign is a line of spend inside
 * one channel, and CPL by source adds up its campaigns' costs against the source's leads. A
 * campaign without a source (made before sources were required) fits any deal.
 */
export const campaignFitsSource = (campaignSourceId: string | null, dealSourceId: string | null): boolean =>
  campaignSourceId === null || campaignSourceId === dealSourceId;
