import { DEFAULT_LOCALE, LOCALES, type LocaleTag } from '@steward/schema';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

const STORAGE_KEY = 'steward.locale';

/** The saved choice, else Chinese: Steward is Chinese first whatever the browser says. */
export function initialLocale(): LocaleTag {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as LocaleTag;
  } catch {
    // storage may be unavailable (private mode): fall through to the default
  }
  return DEFAULT_LOCALE;
}

export function saveLocale(locale: LocaleTag): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not persisting is acceptable; the switch still applies to this tab
  }
  document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
