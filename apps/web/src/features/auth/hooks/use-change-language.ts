import { LOCALE_ENUM, type LocaleTag } from '@steward/schema';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { setMyLocaleMutation } from '../auth.operations.js';
import { useSession } from '../session-context.js';

/**
 * Switches the interface language; when signed in, also remembers it as the viewer's preference
 * (sent through the current client, before the new language's client replaces it).
 */
export function useChangeLanguage(): (next: LocaleTag) => void {
  const { locale, setLocale } = useLocale();
  const { viewer } = useSession();
  const [, setMyLocale] = useMutation(setMyLocaleMutation);
  const signedIn = !!viewer;
  return useCallback(
    (next: LocaleTag) => {
      if (next === locale) return;
      if (signedIn) void setMyLocale({ input: { locale: LOCALE_ENUM[next] } });
      setLocale(next);
    },
    [locale, setLocale, signedIn, setMyLocale],
  );
}
