import type { hubRu } from './hub.ru';

/** English messages of the team hub; the same keys as the Russian reference. */
export const hubEn: Record<keyof typeof hubRu, string> = {
  unreachable:
    'The hub cannot be reached: {{detail}}. Changes are kept on this device and go out when the hub is back.',
  auth_failed: 'The hub refused the login or password. Check them with your team admin.',
  no_hub: 'There is no Voronka hub at this address. An admin creates it with voronka hub init.',
  hub_too_old:
    'The hub has an older schema (version {{hub}}, {{app}} needed). An admin upgrades it with voronka hub init.',
  hub_too_new: 'The hub was upgraded by a newer Voronka (schema {{hub}}, this version knows {{app}}). Update Voronka.',
  not_member: 'Login {{login}} is not a member of the hub. Ask an admin to add you (voronka hub add-user).',
  password_missing: 'The hub needs a password: enter it or set VORONKA_HUB_PASSWORD (or PGPASSWORD).',
  bad_url: 'The hub address must start with postgres:// or postgresql:// and hold no password.',
  not_admin: 'Only a hub admin can manage the team.',
  bad_role: 'The role must be rep, manager or admin.',
  member_exists: 'Login {{login}} is already a member of the hub.',
  weak_password: 'A new login needs a password of 8 characters or more.',
  no_member: 'Login {{login}} is not a member of the hub.',
  remove_self: 'An admin cannot remove themselves.',
  cancelled: 'Sync stopped. It resumes where it left off.',
  rejected:
    'The hub refused {{count}} changes: you have no access to those records (another rep’s deal, the pipeline’s settings). They stay on this device.',
  not_connected: 'This device is not connected to a hub.',
  host_fixed: 'The hub was set when the server started (VORONKA_HUB_URL) and cannot be changed here.',
  other: 'Hub error: {{detail}}',
};
