/**
 * i18next with the bundled locales; zh-CN first, English second. No string shown
 * to users lives outside these files. Each area of the UI has its own file,
 * locales/<lang>/<area>.json, merged into one namespace: keys read "<area>.<key>"
 * for areas other than common (whose keys stay at the top level).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

type Tree = { [k: string]: string | Tree };
const files = import.meta.glob<{ default: Tree }>('./locales/*/*.json', { eager: true });

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

function bundle(lang: Language): Tree {
  const out: Tree = {};
  for (const [path, mod] of Object.entries(files)) {
    const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m || m[1] !== lang) continue;
    if (m[2] === 'common') Object.assign(out, mod.default);
    else out[m[2]!] = mod.default;
  }
  return out;
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: bundle(l) }])),
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export function messageIn(lang: string, m: { zh: string; en: string }): string {
  return lang === 'en' ? m.en : m.zh;
}

export default i18n;
