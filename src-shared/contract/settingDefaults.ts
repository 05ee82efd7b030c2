import type { Settings } from './schemas/settings';

/**
 * What each setting is until the workspace says otherwise. Kept out of the settings schema so the
 * screens that only read settings load without the schema's rules (and the phone metadata behind
 * the phone-country rule).
 */
export const SETTING_DEFAULTS: Settings = {
  'ui.language': null,
  'user.currentId': null,
  'workspace.currency': 'RUB',
  'workspace.timeZone': 'Europe/Moscow',
  'workspace.phoneCountry': 'RU',
  'backup.auto': true,
  'backup.keep': 7,
  'retention.noContactDays': 30,
  'bant.weights': { budget: 25, authority: 25, need: 25, timing: 25 },
};
