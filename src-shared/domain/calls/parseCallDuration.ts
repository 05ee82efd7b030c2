import { MAX_DURATION_SEC } from '../../contract/schemas/activities';

const CLOCK = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/u;
const SECONDS = /^(\d{1,6})(?:[.,]\d+)?\s*(?:s|sec|secs|seconds|с|сек|секунд[аы]?)?\.?$/u;
const WORDS =
  /^(?:(\d+)\s*(?:ч|час[аов]*|h)\.?\s*)?(?:(\d+)\s*(?:м|мин|минут[аы]?|m|min)\.?\s*)?(?:(\d+)\s*(?:с|сек|секунд[аы]?|s|sec)\.?)?$/u;

/**
 * A call's length in whole seconds as PBX exports write it: seconds ("125", "125 сек", "125.4"),
 * a clock ("02:05", "1:02:05") or words ("2 мин 5 сек", "1h 2m"). A spreadsheet's time cell
 * (a fraction of a day) is read as such. Null when unreadable or longer than a working day.
 */
export const parseCallDuration = (raw: string | number): number | null => {
  let seconds: number | null = null;
  if (typeof raw === 'number') {
    seconds = raw > 0 && raw < 1 ? Math.round(raw * 86_400) : Math.round(raw);
  } else {
    const text = raw.trim().toLowerCase();
    const clock = CLOCK.exec(text);
    const plain = SECONDS.exec(text);
    const words = WORDS.exec(text);
    if (clock) {
      const [hours, minutes, secs] = [clock[1], clock[2], clock[3]].map((part) => Number(part ?? 0)) as [
        number,
        number,
        number,
      ];
      seconds = secs < 60 && (clock[1] === undefined || minutes < 60) ? hours * 3600 + minutes * 60 + secs : null;
    } else if (plain) {
      seconds = Math.round(Number(text.replace(',', '.').replace(/[^\d.]/gu, '')));
    } else if (words && text !== '') {
      seconds = Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0);
    }
  }
  return seconds !== null && Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_DURATION_SEC ? seconds : null;
};
