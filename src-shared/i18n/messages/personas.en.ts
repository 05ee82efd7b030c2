import type { personasRu } from './personas.ru';

/** Buyer personas: the Settings card, its editor and the persona on a contact. Loaded with those. */
export const personasEn: typeof personasRu = {
  title: 'Buyer personas',
  hint: 'Who you sell to: their part in the decision, goals, pains, objections and channels. A contact belongs to the persona named in its Persona field.',
  add: 'New persona',
  empty: 'No personas yet.',
  contacts: 'Contacts: {{count}}',
  deleteLabel: 'Delete persona “{{name}}”',
  deleteConfirm: 'Delete persona “{{name}}”? Contacts keep its name.',
  fields: {
    name: 'Name',
    role: 'Part in the decision',
    goals: 'Goals',
    pains: 'Pains',
    objections: 'Objections',
    channels: 'Channels',
  },
  channels: {
    phone: 'Phone',
    email: 'E-mail',
    messenger: 'Messenger',
    meeting: 'Meeting',
    events: 'Events',
    social: 'Social media',
  },
  form: {
    newTitle: 'New persona',
    editTitle: 'Persona',
    namePlaceholder: 'For example: Technical expert',
    save: 'Save persona',
  },
};
