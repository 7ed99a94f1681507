import type { LocaleTag } from '@steward/schema';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../../features/auth/hooks/use-change-language.js';
import { useLocale } from '../locale-context.js';

export const LANGUAGE_OPTIONS: { label: string; value: LocaleTag }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'EN', value: 'en' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const changeLanguage = useChangeLanguage();
  return (
    <Segmented<LocaleTag>
      aria-label={t('app.language')}
      data-testid="language-switch"
      size="small"
      options={LANGUAGE_OPTIONS}
      value={locale}
      onChange={changeLanguage}
    />
  );
}
