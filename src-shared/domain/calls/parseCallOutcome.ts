import { foldText } from '../foldText';

export type CallOutcome = 'reached' | 'no_answer' | 'busy';

const REACHED = [
  'answered',
  'answer',
  'yes',
  'y',
  'true',
  '1',
  'success',
  'successful',
  'accepted',
  'connected',
  'да',
  'отвечен',
  'отвеченный',
  'отвечено',
  'принят',
  'принятый',
  'успешный',
  'успешно',
  'состоялся',
  'разговор',
];
const NO_ANSWER = [
  'no answer',
  'noanswer',
  'not answered',
  'unanswered',
  'missed',
  'no',
  'n',
  'false',
  '0',
  'failed',
  'cancel',
  'cancelled',
  'canceled',
  'нет',
  'не отвечен',
  'неотвечен',
  'неотвеченный',
  'пропущен',
  'пропущенный',
  'не принят',
  'непринятый',
  'неуспешный',
  'не состоялся',
  'без ответа',
  'нет ответа',
  'отменен',
];
const BUSY = ['busy', 'занято', 'занят', 'абонент занят'];

/**
 * Whether a call was answered, as PBX exports say it: Asterisk's disposition (ANSWERED, NO ANSWER,
 * BUSY, FAILED), yes/no and 1/0 columns, Russian statuses ("Отвечен", "Пропущенный", "Занято").
 * Null for anything else.
 */
export const parseCallOutcome = (raw: string): CallOutcome | null => {
  const word = foldText(raw).replace(/[_-]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (BUSY.includes(word)) return 'busy';
  if (NO_ANSWER.includes(word)) return 'no_answer';
  if (REACHED.includes(word)) return 'reached';
  return null;
};
