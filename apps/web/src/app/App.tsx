import type { LocaleTag } from '@steward/schema';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, useNavigate } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { SessionProvider } from '../features/auth/components/SessionProvider.js';
import { loginPathFor } from '../features/auth/session-context.js';
import { applyLocale, i18n, initialLocale, saveLocale } from '../i18n/index.js';
import { AppRoutes } from './AppRoutes.js';
import { LocaleContext, useLocale } from './locale-context.js';
import { theme } from './theme.js';
import { createApiClient } from './urql.js';

/**
 * The API client for the current language and session. A new session (signed in, signed out,
 * or ended by the server) gets a new client, so its cache starts empty.
 */
function ApiRoot() {
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [session, setSession] = useState(0);
  const restart = useCallback(() => setSession((n) => n + 1), []);

  const expired = useRef(() => {});
  useEffect(() => {
    expired.current = () => {
      const { pathname, search } = window.location;
      if (pathname === '/login') return;
      navigate(loginPathFor(pathname, search), { replace: true });
      restart();
    };
  }, [navigate, restart]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each session needs a client (and cache) of its own
  const api = useMemo(() => createApiClient({ locale, onUnauthenticated: () => expired.current() }), [locale, session]);
  useEffect(() => api.dispose, [api]);

  return (
    <UrqlProvider value={api.client}>
      <SessionProvider key={session} restart={restart}>
        <AppRoutes />
      </SessionProvider>
    </UrqlProvider>
  );
}

export function App() {
  const [locale, setLocaleState] = useState<LocaleTag>(initialLocale);
  useEffect(() => applyLocale(locale), [locale]);

  const setLocale = useCallback((next: LocaleTag) => {
    void i18n.changeLanguage(next);
    saveLocale(next);
    setLocaleState(next);
  }, []);
  const localeValue = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext.Provider value={localeValue}>
        <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
          <AntApp>
            <BrowserRouter>
              <ApiRoot />
            </BrowserRouter>
          </AntApp>
        </ConfigProvider>
      </LocaleContext.Provider>
    </I18nextProvider>
  );
}
