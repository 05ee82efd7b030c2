/** The console speaks the system's language: Russian when LANG (or LC_ALL) says so. */
export const consoleLocale = (env: Record<string, string | undefined> = process.env): 'ru' | 'en' =>
  /^ru/i.test(env.LC_ALL ?? env.LANG ?? '') ? 'ru' : 'en';
