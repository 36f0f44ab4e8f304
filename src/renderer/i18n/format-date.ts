/**
 * Dates and times in the interface language, one helper for every screen:
 * zh-CN "2026年12月1日 22:24", en "Dec 1, 2026, 22:24". The browser's own
 * toLocaleString() follows the system locale, not the language chosen in the app.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, opts: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const locale = lang === 'en' ? 'en-US' : 'zh-CN';
  const id = `${locale}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...opts, hourCycle: 'h23' });
    cache.set(id, f);
  }
  return f;
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** "2026年12月1日 22:24" / "Dec 1, 2026, 22:24". */
export function formatDateTime(ms: number, lang: string): string {
  const d = new Date(ms);
  if (lang === 'en') return formatter(lang, { ...DATE, month: 'short', ...TIME }, 'dt').format(d);
  return `${formatter(lang, DATE, 'd').format(d)} ${formatter(lang, TIME, 't').format(d)}`;
}

/** "22:24:38" in either language: a clock reading for status lines. */
export function formatTime(ms: number, lang: string, seconds = false): string {
  return formatter(lang, seconds ? { ...TIME, second: '2-digit' } : TIME, seconds ? 'ts' : 't').format(new Date(ms));
}
