/** Russian messages of the timeline on the deal drawer and the company and contact pages. */
export const timelineRu = {
  filter: {
    label: 'Что показать в истории',
    all: 'Всё',
    activity: 'Дела',
    stage: 'Этапы',
    field: 'Изменения полей',
    check: 'Чек-лист',
  },
  more: 'Показать более ранние',
  loading: 'Загрузка…',
  empty: 'Здесь пока ничего нет',
  inDeal: 'Сделка «{{title}}»',
};
