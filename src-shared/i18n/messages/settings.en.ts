import type { settingsRu } from './settings.ru';

/** The Settings page's messages; loaded with the page (ensureSettingsMessages), not at start-up. */
export const settingsEn: typeof settingsRu = {
  language: {
    title: 'Interface language',
    description: 'The language of menus, forms and reports on this device.',
    ru: 'Русский',
    en: 'English',
  },
  currency: {
    title: 'Workspace currency',
    description: 'Used for new deals by default.',
    /** The warning before the workspace currency changes. */
    change: {
      title: 'Switch the currency to {{name}}?',
      newDeals: 'New deals will be created in {{name}} ({{code}}).',
      existing:
        'Existing deals keep their currency (such as {{code}}): amounts are not recalculated or converted at any rate.',
      board: 'The board will show totals for each currency separately, for example: {{example}}.',
      report:
        'The weekly report counts money in {{code}}: deals in other currencies are counted, but their amounts are not added.',
      revert: 'You can switch back at any time; deals do not change either way.',
      confirm: 'Switch to {{code}}',
    },
  },
  bantWeights: {
    title: 'BANT weights',
    description:
      'How many of the score’s 100 points each BANT part gives when confirmed. Whole numbers adding up to 100. Stored scores are recomputed the next time their qualification is saved.',
    sum: 'Sum: {{sum}} of 100',
    whole: 'Each weight is a whole number from 0 to 100',
    save: 'Save weights',
  },
  phoneCountry: {
    title: 'Default phone country',
    description:
      'A number typed without “+” is read as this country’s: with the United States, “(212) 555-0100” is a New York number. Numbers are saved in international form, so changing it does not change numbers already saved.',
  },
  about: {
    title: 'About',
    appVersion: 'App version',
    schemaVersion: 'Database schema version',
    dbPath: 'Database file',
    deviceId: 'Device id',
    platform: 'Running as',
  },
  pipelines: {
    title: 'Pipelines and stages',
    description: 'Stages, probabilities, time limits and control points of each pipeline; loss reasons.',
    open: 'Set up pipelines',
  },
  backup: {
    title: 'Backups',
    description:
      'A full copy of the database (deals, settings, pipelines, checklists and history) in the backups folder next to it. Every copy is checked before it is kept.',
    now: 'Back up now',
    working: 'Working…',
    download: 'Download backup',
    last: 'Last backup: {{when}}',
    never: 'No backup has been made yet.',
    auto: 'Back up automatically every day',
    keep: 'Daily backups to keep',
    listLabel: 'Backups in the folder',
    columns: { when: 'Made', kind: 'Kind', size: 'Size', actions: 'Actions' },
    kinds: { auto: 'Daily', manual: 'Made by hand', before_restore: 'Before a restore' },
    restore: 'Restore…',
    restoreFromFile: 'Restore from a file…',
    created: 'Backup made: {{when}}',
    saved: 'Backup saved: {{fileName}}',
    downloaded: 'Backup downloaded: {{fileName}}',
    restored: {
      backup: 'Data restored from the backup made {{when}}',
      upload: 'Data restored from the file {{fileName}}',
    },
    confirm: {
      title: 'Restore this backup?',
      replace: 'All current data is replaced by the data in the backup: changes made since then disappear.',
      kept: 'The current data is backed up first, so this restore can be undone by restoring that copy.',
      checked: 'The backup is checked first; a damaged file is refused and nothing changes.',
      action: 'Restore',
    },
  },
  saved: 'Settings saved',
  /** Settings → Team → Teams (TeamsSettings) and the team field of a user. */
  teams: {
    title: 'Teams',
    description:
      'Groups of users with a lead: reports filter by team, and automation rules test it and deal round-robin within it.',
    add: 'Add a team',
    empty: 'No teams yet',
    name: 'Name',
    namePlaceholder: 'e.g. Moscow',
    lead: 'Lead',
    noLead: 'No lead',
    members: 'Members',
    field: 'Team',
    noTeam: 'No team',
    edit: 'Edit',
    delete: 'Delete',
    createTitle: 'New team',
    editTitle: 'Team',
    submitCreate: 'Add',
    created: 'Team “{{name}}” added',
    saved: 'Team “{{name}}” saved',
    deleted: 'Team “{{name}}” deleted',
    deleteConfirmEmpty: 'Delete the team “{{name}}”?',
    deleteConfirm_one: 'Delete the team “{{name}}”? {{count}} member will be in no team.',
    deleteConfirm_few: 'Delete the team “{{name}}”? {{count}} members will be in no team.',
    deleteConfirm_many: 'Delete the team “{{name}}”? {{count}} members will be in no team.',
    deleteConfirm_other: 'Delete the team “{{name}}”? {{count}} members will be in no team.',
  },
};
