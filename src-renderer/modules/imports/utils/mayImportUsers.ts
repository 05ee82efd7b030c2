import type { HubIdentityView } from '@shared/contract/schemas/hub';

/**
 * Whether this device may add to the team: a rep signed in to a team hub may not (the hub refuses
 * a rep's changes to users, as to the rest of the team's configuration); without a hub there is
 * no such rule, as Settings → Team has none.
 */
export const mayImportUsers = (hubIdentity: HubIdentityView | null | undefined): boolean => hubIdentity?.role !== 'rep';
