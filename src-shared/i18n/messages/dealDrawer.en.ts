import type { dealDrawerRu } from './dealDrawer.ru';

/** English messages of the deal drawer; the same keys as Russian. */
export const dealDrawerEn: typeof dealDrawerRu = {
  sections: {
    details: 'Details',
    checklist: 'Checklist of “{{stage}}”',
    history: 'History',
  },
  actions: {
    won: 'Won',
    lost: 'Lost',
    reopen: 'Reopen',
  },
  fields: {
    lossNote: 'Loss comment',
  },
  inStage_one: '{{count}} day in stage',
  inStage_few: '{{count}} days in stage',
  inStage_many: '{{count}} days in stage',
  inStage_other: '{{count}} days in stage',
  stageTrack: 'Pipeline stages',
  moveTo: 'Move to “{{stage}}”',
  lostBecause: 'Lost because: {{reason}}',
  noOwner: 'Unassigned',
  addNote: 'Add a note',
  someone: 'Unknown author',
  missing: 'Deal not found — it may have been deleted',
  notSaved: 'Could not save',
  deleted: '“{{title}}” was deleted',
  restored: '“{{title}}” was restored',
  picker: {
    placeholder: 'Start typing a name',
    nothing: 'Nothing found',
    none: 'None',
    inn: 'INN {{inn}}',
  },
  checklist: {
    progress: 'Required items ticked: {{done}} of {{required}}',
    advisory: 'advisory',
    tickedBy: '{{who}}, {{when}}',
    none: 'This stage has no checklist',
  },
  timeline: {
    created: 'Deal created in “{{stage}}”',
    moved: 'Stage changed',
    won: 'Deal won',
    lost: 'Deal lost',
    lossReason: 'Reason: {{reason}}',
    reopened: 'Deal reopened',
    field: '“{{field}}” changed',
    checked: 'Ticked: “{{item}}”',
    unchecked: 'Unticked: “{{item}}”',
    deleted: 'Deal deleted',
    restored: 'Deal restored',
    to: 'to',
  },
};
