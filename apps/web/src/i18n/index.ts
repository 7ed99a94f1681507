import { DEFAULT_LOCALE, LOCALES, type LocaleTag } from '@steward/schema';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
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

/** True once someone chose a language on this device (then sign-in keeps it, not the profile's). */
export function hasSavedLocale(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

export function saveLocale(locale: LocaleTag): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not persisting is acceptable; the switch still applies to this tab
  }
}

/** What the page itself says about its language: `<html lang>` and dayjs (date pickers). */
export function applyLocale(locale: LocaleTag): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
