import type { boardRu } from './board.ru';

/** English messages of the pipeline board; the same keys as Russian (plural keys included). */
export const boardEn: typeof boardRu = {
  newDeal: 'Deal',
  settingsLink: 'Pipelines and stages',
  noPipelines: 'There is no pipeline yet',
  noStages: 'This pipeline has no stages — add them in the settings',
  noMatches: {
    title: 'Nothing matches “{{query}}”',
    body: 'Every word is looked for in the deal title, the company and the contact. Check the spelling or shorten the search.',
    reset: 'Clear search',
  },
  filters: {
    pipeline: 'Pipeline',
    search: 'Search deals',
    searchPlaceholder: 'Deal, company or contact',
    owner: 'Owner',
    allOwners: 'All owners',
    source: 'Source',
    allSources: 'All sources',
    mine: 'My deals',
    mineNoUser: 'Choose who you are in Settings to see your deals',
    reset: 'Reset filters',
  },
  summary: {
    weightedLabel: 'Weighted',
    weightedHint: 'Deal values times the probability of their stages',
  },
  /** Totals in several currencies: never added together, listed side by side. */
  currencies: {
    line: '{{value}} — {{deals}}',
    more: '+{{count}}',
  },
  column: {
    deals_one: '{{count}} deal',
    deals_few: '{{count}} deals',
    deals_many: '{{count}} deals',
    deals_other: '{{count}} deals',
    weightedLabel: 'Weighted',
    weightedHint: 'The sum times the stage probability ({{value}})',
    probability: 'Chance to win from this stage: {{value}}',
    empty: 'Drop a deal here',
  },
  card: {
    days: '{{count}}d',
    daysInStage_one: 'In this stage for {{count}} day',
    daysInStage_few: 'In this stage for {{count}} days',
    daysInStage_many: 'In this stage for {{count}} days',
    daysInStage_other: 'In this stage for {{count}} days',
    rotting: 'Rotting: no progress for {{days}} days, the limit is {{limit}}',
    checklist: 'Stage checklist: {{done}} of {{required}} ticked',
    nextActivity: 'Next activity: {{date}}',
    activityOverdue: 'Activity overdue: {{date}}',
  },
  quickAdd: {
    open: 'Quick add a deal to “{{stage}}”',
    title: 'Title of the new deal in “{{stage}}”',
    titlePlaceholder: 'Deal title',
    value: 'Value in {{currency}}',
    valuePlaceholder: 'Value, {{currency}}',
    save: 'Add',
    hint: 'Enter saves, Esc closes',
  },
  gate: {
    titleMove: 'Move blocked',
    titleWin: 'Win blocked',
    whyMove_one: 'To move the deal to “{{stage}}”, tick {{count}} required item:',
    whyMove_few: 'To move the deal to “{{stage}}”, tick {{count}} required items:',
    whyMove_many: 'To move the deal to “{{stage}}”, tick {{count}} required items:',
    whyMove_other: 'To move the deal to “{{stage}}”, tick {{count}} required items:',
    whyWin_one:
      'Winning closes the sale, so the required items of every stage up to “{{stage}}” must be ticked — stages the deal has not reached yet too. {{count}} left:',
    whyWin_few:
      'Winning closes the sale, so the required items of every stage up to “{{stage}}” must be ticked — stages the deal has not reached yet too. {{count}} left:',
    whyWin_many:
      'Winning closes the sale, so the required items of every stage up to “{{stage}}” must be ticked — stages the deal has not reached yet too. {{count}} left:',
    whyWin_other:
      'Winning closes the sale, so the required items of every stage up to “{{stage}}” must be ticked — stages the deal has not reached yet too. {{count}} left:',
    titleCreate: 'Earlier stages first',
    whyCreate_one: 'The deal goes straight to “{{stage}}”: tick {{count}} required item of the stages before it.',
    whyCreate_few: 'The deal goes straight to “{{stage}}”: tick {{count}} required items of the stages before it.',
    whyCreate_many: 'The deal goes straight to “{{stage}}”: tick {{count}} required items of the stages before it.',
    whyCreate_other: 'The deal goes straight to “{{stage}}”: tick {{count}} required items of the stages before it.',
    createAgain: 'Add with these ticked',
    moveAgain: 'Move again',
    winAgain: 'Win again',
  },
  zones: {
    won: 'Won',
    lost: 'Lost',
  },
  lose: {
    title: 'Deal lost',
    lead: 'Why was “{{title}}” lost? The reason goes into the loss report.',
    reasonRequired: 'Choose why the deal was lost',
    addReason: 'Add a reason',
    newReason: 'New reason',
    add: 'Add',
    note: 'Comment',
    notePlaceholder: 'What exactly went wrong',
    submit: 'Mark as lost',
  },
  toasts: {
    won: '“{{title}}” is won',
    lost: '“{{title}}” is marked as lost',
    undo: 'Undo',
  },
  dnd: {
    roleDescription: 'draggable deal',
    instructions:
      'To pick up a deal, press Space. Use the left and right arrows to move it between stages, up and down within a stage. Space drops it, Escape cancels. Enter opens the deal.',
    place: 'stage “{{stage}}”, position {{position}} of {{total}}',
    start: 'Picked up “{{title}}”: {{place}}.',
    over: '“{{title}}”: {{place}}.',
    end: 'Moved “{{title}}”: {{place}}.',
    cancel: 'Moving “{{title}}” was cancelled; it is back in its place.',
    nowhere: 'The deal is outside the stages.',
    blocked:
      '“{{title}}” was not moved to “{{stage}}”: required checklist items are not ticked — {{items}}. It stays where it was.',
    winBlocked: '“{{title}}” was not won: required checklist items are not ticked — {{items}}.',
    notMoved: '“{{title}}” was not moved; it is back in its place.',
    won: '“{{title}}” is won.',
    overZone: {
      won: 'the Won zone',
      lost: 'the Lost zone',
    },
  },
};
