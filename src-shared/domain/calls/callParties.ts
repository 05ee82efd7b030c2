import type { CallDirection } from './parseCallDirection';

/** The longest number taken for an internal extension ("101", "5012") rather than a phone. */
const MAX_EXTENSION_DIGITS = 6;

export type CallPartiesInput = {
  /** A column with the client's number, when the export has one (UIS, Mango's "Номер клиента"). */
  number: string | null;
  caller: string | null;
  callee: string | null;
  direction: CallDirection | null;
};

export type CallParties = {
  /** The number outside the office: whom the call was with. */
  external: string;
  direction: CallDirection;
  /** The office side, when it is an extension ("101"): who took or made the call. */
  extension: string | null;
};

const digits = (text: string | null): string => (text ?? '').replace(/\D/gu, '');
const isExtension = (text: string | null): boolean => {
  const count = digits(text).length;
  return count > 0 && count <= MAX_EXTENSION_DIGITS;
};

/**
 * Who a logged call was with, and which way it went. An export with a client number column says
 * it; one with caller and callee (Asterisk's src/dst, Zadarma's from/to) names the client by the
 * direction — the caller of an inbound call, the callee of an outbound one. Without a direction
 * column it is read from the numbers: an extension calling out is outbound, an extension called
 * is inbound. Null when it cannot be told (an internal call between two extensions, no number).
 */
export const callParties = (input: CallPartiesInput): CallParties | null => {
  const { caller, callee } = input;
  let direction = input.direction;
  if (direction === null) {
    if (isExtension(caller) && !isExtension(callee) && digits(callee) !== '') direction = 'outbound';
    else if (isExtension(callee) && !isExtension(caller) && digits(caller) !== '') direction = 'inbound';
    else return null;
  }
  const office = direction === 'inbound' ? callee : caller;
  const external = input.number ?? (direction === 'inbound' ? caller : callee);
  if (external === null || digits(external) === '' || isExtension(external)) return null;
  return { external, direction, extension: isExtension(office) ? digits(office) : null };
};
