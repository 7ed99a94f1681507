import { DEFAULT_LOCALE, type LocaleTag } from '@steward/schema';
import { createContext, useContext } from 'react';

export interface LocaleState {
  locale: LocaleTag;
  setLocale(locale: LocaleTag): void;
}

export const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}
