/**
 * The page the browser shell shows while it opens a workspace whose file is being upgraded (an old
 * file's change log is converted once: minutes on a large one). Rendered by the host, not React.
 */
export const openingRu = {
  title: 'Открываем рабочее пространство',
  starting: 'Открываем файл…',
  backup: 'Сохраняем копию файла перед обновлением…',
  step: 'Обновляем файл: шаг {{step}} из {{steps}}',
  rows: 'Преобразовано записей журнала изменений: {{done}} из {{total}} ({{percent}} %)',
  compact: 'Сжимаем файл после преобразования…',
  console: 'Воронка открывает рабочее пространство (файл обновляется); ход — по адресу {{url}}',
  hint: 'Старый файл преобразуется один раз; на большом это займёт несколько минут. Страница обновится сама — не закрывайте её.',
};
