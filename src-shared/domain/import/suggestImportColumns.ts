import type { ImportEntity } from '../../contract/schemas/imports';
import { foldText } from '../foldText';

/** Header words (folded) that name each field, in Russian and English, as CRMs and people write them. */
const WORDS: Record<string, readonly string[]> = {
  name: [
    'name',
    'full name',
    'company',
    'company name',
    'account',
    'contact',
    'фио',
    'имя',
    'название',
    'наименование',
    'компания',
    'контакт',
    'sales agent',
    'agent',
  ],
  title: [
    'title',
    'deal',
    'deal name',
    'opportunity',
    'opportunity name',
    'сделка',
    'название сделки',
    'название',
    'наименование',
  ],
  inn: ['inn', 'инн', 'tax id'],
  kpp: ['kpp', 'кпп'],
  ogrn: ['ogrn', 'огрн', 'огрнип'],
  industry: ['industry', 'sector', 'отрасль', 'сфера деятельности'],
  region: ['region', 'city', 'location', 'office location', 'регион', 'город'],
  segment: ['segment', 'сегмент'],
  website: ['website', 'web', 'site', 'url', 'сайт', 'веб-сайт'],
  email: ['email', 'e-mail', 'mail', 'почта', 'эл. почта', 'электронная почта', 'рабочий email'],
  phone: ['phone', 'telephone', 'mobile', 'телефон', 'рабочий телефон', 'мобильный телефон', 'тел'],
  jobTitle: ['job title', 'position', 'должность'],
  company: ['company', 'account', 'organization', 'компания', 'организация', 'контрагент'],
  contact: ['contact', 'contact person', 'контакт', 'контактное лицо'],
  owner: ['owner', 'responsible', 'sales agent', 'agent', 'rep', 'ответственный', 'менеджер', 'владелец'],
  manager: ['manager', 'руководитель', 'менеджер'],
  role: ['role', 'роль'],
  value: ['value', 'amount', 'deal value', 'close value', 'sum', 'budget', 'сумма', 'бюджет', 'стоимость'],
  currency: ['currency', 'валюта'],
  stage: ['stage', 'deal stage', 'pipeline stage', 'status', 'этап', 'стадия', 'статус'],
  source: ['source', 'lead source', 'channel', 'utm source', 'form', 'форма', 'форма заявки', 'источник', 'канал'],
  lossReason: ['loss reason', 'lost reason', 'reason', 'причина отказа', 'причина проигрыша', 'причина'],
  expectedClose: ['expected close', 'expected close date', 'planned close', 'ожидаемая дата закрытия', 'плановая дата'],
  createdAt: ['created', 'created at', 'date created', 'engage date', 'дата создания', 'создана', 'создан'],
  closedAt: ['closed', 'closed at', 'close date', 'дата закрытия', 'закрыта'],
  notes: ['notes', 'note', 'comment', 'description', 'примечание', 'комментарий', 'описание'],
  // A PBX call log (Asterisk CDR, Mango Office, Zadarma, UIS exports) and web-form leads.
  callTime: [
    'calldate',
    'call date',
    'date',
    'time',
    'start',
    'start time',
    'datetime',
    'date time',
    'timestamp',
    'дата',
    'время',
    'дата и время',
    'дата звонка',
    'время звонка',
    'начало',
    'начало звонка',
  ],
  number: [
    'number',
    'phone',
    'client number',
    'client phone',
    'customer number',
    'external number',
    'contact number',
    'номер',
    'номер клиента',
    'телефон',
    'телефон клиента',
    'номер абонента',
    'абонент',
    'клиент',
  ],
  caller: [
    'src',
    'caller',
    'caller id',
    'callerid',
    'clid',
    'from',
    'from number',
    'source number',
    'a number',
    'кто звонил',
    'звонящий',
    'откуда',
    'с номера',
    'номер звонящего',
  ],
  callee: [
    'dst',
    'callee',
    'to',
    'to number',
    'destination',
    'destination number',
    'b number',
    'кому звонили',
    'куда',
    'на номер',
    'номер назначения',
    'вызываемый номер',
  ],
  direction: ['direction', 'call direction', 'type', 'call type', 'направление', 'тип', 'тип звонка', 'тип вызова'],
  duration: [
    'billsec',
    'talk time',
    'talk duration',
    'duration',
    'call duration',
    'длительность',
    'продолжительность',
    'длительность разговора',
    'время разговора',
  ],
  answered: [
    'disposition',
    'status',
    'answered',
    'result',
    'call status',
    'статус',
    'результат',
    'статус звонка',
    'отвечен',
    'состояние',
    'исход',
  ],
  extension: [
    'extension',
    'ext',
    'internal number',
    'agent',
    'operator',
    'employee',
    'user',
    'внутренний номер',
    'добавочный',
    'сотрудник',
    'оператор',
    'менеджер',
    'ответственный',
    'номер сотрудника',
  ],
  message: [
    'message',
    'comment',
    'comments',
    'question',
    'text',
    'сообщение',
    'комментарий',
    'вопрос',
    'текст',
    'текст заявки',
    'текст сообщения',
  ],
  campaign: ['campaign', 'utm campaign', 'кампания', 'рекламная кампания'],
  sentAt: [
    'date',
    'sent',
    'sent at',
    'submitted',
    'submitted at',
    'created',
    'created at',
    'timestamp',
    'дата',
    'дата заявки',
    'дата отправки',
    'время заявки',
    'дата создания',
  ],
};

/**
 * Words that name a field only in one target's files: a team list's "Сотрудник" or "Менеджер" is
 * the person (elsewhere the record's owner), its "Начальник" or "Team lead" their manager.
 */
const ENTITY_WORDS: Partial<Record<ImportEntity, Record<string, readonly string[]>>> = {
  users: {
    name: [
      'employee',
      'employee name',
      'user',
      'user name',
      'rep',
      'сотрудник',
      'пользователь',
      'работник',
      'менеджер',
    ],
    manager: [
      'supervisor',
      'team lead',
      'team leader',
      'head',
      'reports to',
      'line manager',
      'начальник',
      'руководитель группы',
      'руководитель отдела',
      'непосредственный руководитель',
      'тимлид',
    ],
    role: ['user role', 'access', 'access level', 'роль пользователя', 'права', 'уровень доступа'],
  },
};

/** Where one header is the better of two exact ones: Asterisk's billsec is the talk, its duration counts the ringing. */
const PREFERRED: Record<string, string> = { duration: 'billsec' };

const normal = (header: string): string =>
  foldText(header)
    .replace(/[_.:]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * Which header seems to hold each of `fields`, from header names in Russian and English
 * ("ФИО", "E-mail", "deal_stage"): an exact word first, then a header that contains one. Each
 * header goes to one field at most, in the order of `fields`. With the target `entity`, its own
 * words come first.
 */
export const suggestImportColumns = (
  fields: readonly string[],
  headers: readonly string[],
  entity?: ImportEntity,
): Record<string, string> => {
  const taken = new Set<string>();
  const found: Record<string, string> = {};
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of fields) {
      if (found[field] !== undefined) continue;
      const words = [...((entity && ENTITY_WORDS[entity]?.[field]) ?? []), ...(WORDS[field] ?? [])];
      const preferred = PREFERRED[field];
      const best =
        pass === 'exact' && preferred !== undefined
          ? headers.find((candidate) => !taken.has(candidate) && normal(candidate) === preferred)
          : undefined;
      const header =
        best ??
        headers.find((candidate) => {
          if (taken.has(candidate) || candidate.trim() === '') return false;
          const text = normal(candidate);
          return pass === 'exact' ? words.includes(text) : words.some((word) => word.length > 3 && text.includes(word));
        });
      if (header !== undefined) {
        found[field] = header;
        taken.add(header);
      }
    }
  }
  return found;
};
