import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactCoverageQuery } from '../../../gql/graphql.js';

/**
 * What the registers lack, per site the viewer reads (C28: every required number, none stale;
 * C29: a liaison contact at the police, fire and traffic authorities). Nothing when all is well.
 */
export function CoverageAlert({ coverage }: { coverage: ContactCoverageQuery['contactCoverage'] }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  const list = (categories: readonly string[]) =>
    categories.map((c) => t(`contacts.category.${c}`)).join(t('contacts.coverage.separator'));
  for (const c of coverage) {
    const site = c.site.name;
    if (c.missingLiaison.length)
      lines.push(t('contacts.coverage.missingLiaison', { site, list: list(c.missingLiaison) }));
    if (c.missingEmergency.length) {
      lines.push(t('contacts.coverage.missingEmergency', { site, list: list(c.missingEmergency) }));
    }
    if (c.stale.length) {
      lines.push(t('contacts.coverage.stale', { site, count: c.stale.length, days: c.staleAfterDays }));
    }
  }
  if (!lines.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('contacts.coverage.title')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12 }}
      data-testid="contact-coverage"
    />
  );
}
