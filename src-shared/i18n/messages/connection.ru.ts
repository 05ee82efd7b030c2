/** Russian messages about reaching the core: the offline banner, reconnects, failed calls. */
export const connectionRu = {
  offline: {
    title: 'Нет связи с Воронкой',
    body: 'На экране — последние загруженные данные. Изменения сейчас не сохранятся; введённое в формах не пропадёт.',
    retryIn: 'Повторная попытка через {{seconds}} с',
    checking: 'Подключаемся…',
    retryNow: 'Повторить сейчас',
  },
  restored: 'Связь с Воронкой восстановлена, данные обновлены.',
  restarted: 'Воронка была перезапущена. Страница подключилась заново, данные обновлены.',
  pageOffline: {
    title: 'Раздел не загрузился: нет связи с Воронкой',
    body: 'Он откроется сам, когда связь вернётся.',
  },
  loadFailed: 'Не удалось загрузить данные: нет связи с Воронкой.',
  /** A download (backup, export, report) while the core cannot be reached: no file was made. */
  downloadUnreachable: {
    message: 'Не удалось скачать файл: нет связи с Воронкой.',
    advice: 'Повторите, когда связь вернётся.',
  },
  failures: {
    unreachable: 'Нет связи с Воронкой — изменения не сохранены.',
    bad_reply: 'Воронка прислала ответ, который страница не понимает.',
    session_expired: 'Воронка была перезапущена, и страница не смогла подключиться заново.',
  },
  /** The second line of a failure's toast: what to do. */
  advice: {
    unreachable: 'Введённое осталось на месте: повторите, когда связь вернётся.',
    bad_reply: 'Обновите страницу и повторите.',
    session_expired: 'Обновите страницу (F5).',
  },
};
