/** Russian messages of the tables' saved views. */
export const savedViewsRu = {
  label: 'Вид',
  none: 'Все записи',
  save: 'Сохранить вид',
  saveTitle: 'Сохранить вид',
  name: 'Название вида',
  sharedLabel: 'Виден всей команде',
  defaultLabel: 'Открывать этот вид по умолчанию',
  setDefault: 'Сделать видом по умолчанию',
  unsetDefault: 'Не открывать по умолчанию',
  delete: 'Удалить вид',
  defaultMark: 'по умолчанию',
  sharedMark: 'общий',
  failed: 'Не удалось сохранить вид',
};
