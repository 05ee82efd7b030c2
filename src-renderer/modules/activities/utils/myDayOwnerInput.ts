/** Whose day My day shows: mine, the whole team's, or one user's (by id). */
export type MyDayOwner = 'me' | 'team' | (string & {});

/** The input `activities.myDay` takes: the owner left out for me, null for the team, else the user's id. */
export const myDayOwnerInput = (owner: MyDayOwner): { ownerId?: string | null } =>
  owner === 'me' ? {} : { ownerId: owner === 'team' ? null : owner };
