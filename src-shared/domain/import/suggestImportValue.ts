import { foldText } from '../foldText';

/** A record a file value may mean: what the mapping stores for it, and every name it goes by. */
export type ImportValueOption = { value: string; names: readonly string[] };

/**
 * Which option a file value ("Квалификация", "closed won", "i.petrov@firm.ru") seems to mean:
 * a name equal to it (ignoring case, ё and spaces) first, then a name that contains it or is
 * contained in it (at least four letters, so "в" or "in" do not match everything); null when
 * none does, and the file's value is kept as it is.
 */
export const suggestImportValue = (text: string, options: readonly ImportValueOption[]): string | null => {
  const wanted = foldText(text);
  if (wanted === '') return null;
  const folded = options.map((option) => ({ value: option.value, names: option.names.map(foldText).filter(Boolean) }));
  const exact = folded.find((option) => option.names.includes(wanted));
  if (exact) return exact.value;
  if (wanted.length < 4) return null;
  const near = folded.find((option) =>
    option.names.some((name) => name.length >= 4 && (name.includes(wanted) || wanted.includes(name))),
  );
  return near?.value ?? null;
};
