import { foldText } from '../foldText';

export type CallDirection = 'inbound' | 'outbound';

/**
 * A PBX export's direction as its vendors write it, in Russian and English: "in", "inbound",
 * "incoming", "Входящий", "вх." are inbound; "out", "outgoing", "Исходящий", "исх." outbound
 * (also "входящий звонок", "Incoming call"). Null for anything else, an internal call included.
 */
export const parseCallDirection = (raw: string): CallDirection | null => {
  const word = foldText(raw)
    .replace(/[^a-zа-я]+/gu, ' ')
    .trim();
  if (/^(in|inbound|incoming|inc)\b|^вх/u.test(word)) return 'inbound';
  if (/^(out|outbound|outgoing|outg)\b|^исх/u.test(word)) return 'outbound';
  return null;
};
