import { DEFAULT_LOCALE, type LocaleTag } from '@steward/schema';
import { registerEnumType } from 'type-graphql';

/** GraphQL `Locale`: the language a bilingual text is returned in. */
export enum Locale {
  ZH_CN = 'zh-CN',
  EN = 'en',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language Steward speaks. Text from the rulebook comes in both.',
  valuesConfig: {
    ZH_CN: { description: 'Simplified Chinese (the default).' },
    EN: { description: 'English.' },
  },
});

/** The text in the wanted language; Chinese when there is no translation. */
export function pickText(locale: LocaleTag | Locale, zh: string, en: string | null | undefined): string;
export function pickText(
  locale: LocaleTag | Locale,
  zh: string | null | undefined,
  en: string | null | undefined,
): string | null;
export function pickText(locale: LocaleTag | Locale, zh: string | null | undefined, en: string | null | undefined) {
  if (locale === 'en' && en) return en;
  return zh ?? en ?? null;
}

export const defaultLocale = DEFAULT_LOCALE as Locale;
