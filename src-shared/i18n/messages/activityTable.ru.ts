/** Russian messages of the activities table (loaded with the Activities page, not at start-up). */
export const activityTableRu = {
  tabs: { label: 'Разделы дел', myDay: 'Мой день', all: 'Все дела' },
  count_one: '{{count}} дело',
  count_few: '{{count}} дела',
  count_many: '{{count}} дел',
  count_other: '{{count}} дела',
  columns: {
    doneAt: 'Когда',
    type: 'Тип',
    subject: 'Тема',
    outcome: 'Результат',
    durationMin: 'Длит.',
    dealTitle: 'Сделка',
    companyName: 'Компания',
    contactName: 'Контакт',
    ownerName: 'Ответственный',
  },
  filters: {
    label: 'Фильтры дел',
    allTypes: 'Все типы',
    allOwners: 'Все ответственные',
    allOutcomes: 'Любой результат',
    from: 'С даты',
    to: 'По дату',
    reset: 'Сбросить',
  },
  minutes: '{{minutes}} мин',
  emptyFiltered: 'Нет дел под эти фильтры',
  empty: {
    title: 'Дел пока нет',
    body: 'Записанные звонки, письма, встречи и заметки появятся здесь.',
  },
};
