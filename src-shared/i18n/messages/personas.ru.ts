/** Buyer personas: the Settings card, its editor and the persona on a contact. Loaded with those. */
export const personasRu = {
  title: 'Персоны покупателей',
  hint: 'Кому продаём: роль в решении, цели, боли, возражения и каналы. Контакт относится к персоне, чьё имя стоит в его поле «Персона».',
  add: 'Новая персона',
  empty: 'Персон пока нет.',
  contacts: 'Контактов: {{count}}',
  deleteLabel: 'Удалить персону «{{name}}»',
  deleteConfirm: 'Удалить персону «{{name}}»? У контактов останется её имя.',
  fields: {
    name: 'Название',
    role: 'Роль в решении',
    goals: 'Цели',
    pains: 'Боли',
    objections: 'Возражения',
    channels: 'Каналы',
  },
  channels: {
    phone: 'Телефон',
    email: 'E-mail',
    messenger: 'Мессенджер',
    meeting: 'Встреча',
    events: 'Мероприятия',
    social: 'Соцсети',
  },
  form: {
    newTitle: 'Новая персона',
    editTitle: 'Персона',
    namePlaceholder: 'Например: Технический эксперт',
    save: 'Сохранить персону',
  },
};
