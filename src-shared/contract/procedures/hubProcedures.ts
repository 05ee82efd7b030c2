import { mutation, networkMutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  hubAddMemberSchema,
  hubConnectResultSchema,
  hubConnectSchema,
  hubRemoveMemberSchema,
  hubSetRoleSchema,
  hubStatusSchema,
  hubTeamSchema,
} from '../schemas/hub';

export const hubProcedures = {
  /** The team hub on this device: address, login, the background sync's state, progress and last error. */
  'hub.get': query(emptyInputSchema, hubStatusSchema),
  /** Connects once with the typed address and password and says who the hub takes the login for; stores nothing. */
  'hub.test': networkMutation(hubConnectSchema, hubConnectResultSchema, []),
  /** Checks the hub and the login, then keeps the address (the password with the host) and starts syncing. */
  'hub.connect': networkMutation(hubConnectSchema, hubConnectResultSchema, ['sync_hub']),
  /** Stops syncing and forgets the address and password; what was synced stays on this device. */
  'hub.disconnect': mutation(emptyInputSchema, hubStatusSchema, ['sync_hub']),
  /** Syncs now (also resumes a stopped first sync where it left off). */
  'hub.syncNow': mutation(emptyInputSchema, hubStatusSchema, ['sync_hub']),
  /** Stops the running sync; what it applied stays, "Sync now" continues from there. */
  'hub.cancel': mutation(emptyInputSchema, hubStatusSchema, ['sync_hub']),
  /** The hub's people (read from the hub); `canManage` when the connected login is an admin there. */
  'hub.team': query(emptyInputSchema, hubTeamSchema),
  /** An admin adds a person: the hub creates their PostgreSQL login (its own function; the admin holds no superuser). */
  'hub.addMember': networkMutation(hubAddMemberSchema, hubTeamSchema, ['sync_hub']),
  /** An admin changes a person's role or team: what they see changes, their devices pull again. */
  'hub.setRole': networkMutation(hubSetRoleSchema, hubTeamSchema, ['sync_hub']),
  /** An admin removes a person: their login is dropped; what they pushed stays. */
  'hub.removeMember': networkMutation(hubRemoveMemberSchema, hubTeamSchema, ['sync_hub']),
} as const;
