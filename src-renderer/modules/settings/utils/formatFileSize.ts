/** "1,2 МБ" / "1.2 MB": a file size in the UI language (binary units, as file managers show). */
export const formatFileSize = (bytes: number, language: string): string => {
  const units = language.startsWith('ru') ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
};
