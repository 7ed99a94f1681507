/** The languages Steward speaks, Chinese first. Values are BCP 47 tags. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type LocaleTag = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: LocaleTag = 'zh-CN';

/** The GraphQL `Locale` enum's values, by tag. */
export const LOCALE_ENUM = { 'zh-CN': 'ZH_CN', en: 'EN' } as const satisfies Record<LocaleTag, string>;

/**
 * Picks the best supported locale from an `Accept-Language` header (RFC 9110 §12.5.4):
 * highest q first, header order breaking ties; any `zh*` means Chinese, any `en*` English.
 */
export function negotiateLocale(header: string | null | undefined): LocaleTag {
  return matchLocale(header) ?? DEFAULT_LOCALE;
}

/** The supported language an `Accept-Language` header asks for, or null when it names none (e.g. `*`). */
export function matchLocale(header: string | null | undefined): LocaleTag | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return null;
}
