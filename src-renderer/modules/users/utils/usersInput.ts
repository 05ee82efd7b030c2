/** The app's one `users.list` input: every user, deactivated too (pickers show who owned what). */
export const USERS_INPUT = { includeInactive: true };
