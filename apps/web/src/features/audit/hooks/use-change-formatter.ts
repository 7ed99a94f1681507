import { isPermissionCode, RESOURCES, type Resource } from '@steward/schema';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { auditVocabularyQuery } from '../audit.operations.js';

const REDACTED = '[redacted]';
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Turns a recorded value into words: keys into names, codes into labels, moments into the
 * reader's time. What it does not recognise it shows as recorded.
 */
export function useChangeFormatter(): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [{ data }] = useQuery({ query: auditVocabularyQuery });
  const names = useMemo(
    () => ({
      department: new Map((data?.departments ?? []).map((d) => [d.key, d.name])),
      position: new Map((data?.positions ?? []).map((p) => [p.key, p.name])),
      site: new Map((data?.sites ?? []).map((s) => [s.code, s.name])),
    }),
    [data],
  );

  const one = useCallback(
    (field: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      if (value === REDACTED) return t('audit.redacted');
      if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
      if (typeof value !== 'string') return JSON.stringify(value);
      switch (field) {
        case 'status':
          return t(`staff.status.${value}`, { defaultValue: value });
        case 'locale':
          return value === 'en' ? 'English' : value === 'zh-CN' ? '中文' : value;
        case 'department':
          return names.department.get(value) ?? value;
        case 'position':
          return names.position.get(value) ?? value;
        case 'sites':
          return names.site.get(value) ?? value;
        case 'kind':
        case 'role':
          return t(`customers.roles.${value}`, { defaultValue: value });
        case 'usage':
          return t(`customers.usage.${value}`, { defaultValue: value });
        case 'site':
          return names.site.get(value) ?? value;
        case 'fromDate':
        case 'toDate':
          return formatDate(value, locale);
        case 'scope':
          return t(`permissions.scopes.${value}`, { defaultValue: value });
        case 'scopes':
          return t(`tokens.scopes.${value.toUpperCase()}`, { defaultValue: value });
        case 'permission': {
          if (!isPermissionCode(value)) return value;
          const [resource, action] = value.split('.') as [Resource, string];
          const info = RESOURCES[resource];
          return `${locale === 'en' ? info.en : info.zh} · ${t(`permissions.actions.${action}`)}`;
        }
        case 'hireDate':
        case 'leaveDate':
          return formatDate(value, locale);
        default:
          return ISO_MOMENT.test(value) ? formatDateTime(value, locale) : value;
      }
    },
    [t, locale, names],
  );

  return useCallback(
    (field: string, value: unknown) => {
      if (Array.isArray(value)) return value.length ? value.map((v) => one(field, v)).join('、') : '—';
      return one(field, value);
    },
    [one],
  );
}
