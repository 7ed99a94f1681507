import type { LocaleTag } from '@steward/schema';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { i18n, initialLocale, saveLocale } from '../i18n/index.js';
import { AppRoutes } from './AppRoutes.js';
import { LocaleContext } from './locale-context.js';
import { theme } from './theme.js';
import { createApiClient } from './urql.js';

export function App() {
  const [locale, setLocaleState] = useState<LocaleTag>(initialLocale);
  const api = useMemo(() => createApiClient(locale), [locale]);
  useEffect(() => api.dispose, [api]);
  useEffect(() => saveLocale(locale), [locale]);

  const setLocale = useCallback((next: LocaleTag) => {
    void i18n.changeLanguage(next);
    setLocaleState(next);
  }, []);
  const localeValue = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext.Provider value={localeValue}>
        <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
          <AntApp>
            <UrqlProvider value={api.client}>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </UrqlProvider>
          </AntApp>
        </ConfigProvider>
      </LocaleContext.Provider>
    </I18nextProvider>
  );
}
