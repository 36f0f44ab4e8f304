/** i18next with the two bundled locales; zh-CN first, English second. No string shown to users lives outside these files. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN.json';
import en from './locales/en.json';

export type Language = 'zh-CN' | 'en';

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function messageIn(lang: string, m: { zh: string; en: string }): string {
  return lang === 'en' ? m.en : m.zh;
}

export default i18n;
