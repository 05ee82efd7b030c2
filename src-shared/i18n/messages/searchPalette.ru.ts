/** Russian messages of the Ctrl+K search palette (they load with it, not with the board). */
export const searchPaletteRu = {
  title: 'Поиск',
  placeholder: 'Сделка, компания, контакт, дело, ИНН, телефон, e-mail…',
  results: 'Результаты поиска',
  recent: 'Недавние',
  hint: 'Начните вводить название, ИНН, телефон или e-mail',
  nothing: 'Ничего не найдено',
  indexing: 'Поиск ещё добавляет записи большого импорта: часть из них пока не находится.',
  inn: 'ИНН',
  exact: 'Точное совпадение',
  kinds: { lead: 'Лиды', deal: 'Сделки', company: 'Компании', contact: 'Контакты', activity: 'Дела' },
  keys: { move: 'выбрать', open: 'открыть', close: 'закрыть' },
};
