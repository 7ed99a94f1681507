import type { LocaleTag } from '@steward/schema';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale-context.js';

const OPTIONS: { label: string; value: LocaleTag }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'EN', value: 'en' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<LocaleTag>
      aria-label={t('app.language')}
      data-testid="language-switch"
      size="small"
      options={OPTIONS}
      value={locale}
      onChange={setLocale}
    />
  );
}
