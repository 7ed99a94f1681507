import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/locale-context.js';
import type { StaffDetailFragment } from '../../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';

/** Everything the record says about one member of staff. */
export function StaffProfile({ staff, compact }: { staff: StaffDetailFragment; compact: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      data-testid="staff-profile"
      column={compact ? 1 : 2}
      size={compact ? 'small' : 'middle'}
      bordered={!compact}
      items={[
        { key: 'employeeNo', label: t('staff.fields.employeeNo'), children: staff.employeeNo },
        {
          key: 'username',
          label: t('staff.fields.username'),
          children: <Typography.Text code>{staff.username}</Typography.Text>,
        },
        { key: 'position', label: t('staff.fields.position'), children: staff.position.name },
        { key: 'department', label: t('staff.fields.department'), children: staff.department?.name ?? none },
        {
          key: 'sites',
          label: t('staff.fields.sites'),
          children: staff.sites.length ? staff.sites.map((s) => s.name).join('、') : none,
        },
        {
          key: 'phone',
          label: t('staff.fields.phone'),
          children: staff.phone ? <a href={`tel:${staff.phone}`}>{staff.phone}</a> : none,
        },
        { key: 'hireDate', label: t('staff.fields.hireDate'), children: formatDate(staff.hireDate, locale) },
        {
          key: 'leaveDate',
          label: t('staff.fields.leaveDate'),
          children: staff.leaveDate ? formatDate(staff.leaveDate, locale) : none,
        },
        { key: 'locale', label: t('staff.fields.locale'), children: staff.locale === 'EN' ? 'English' : '中文' },
        {
          key: 'password',
          label: t('staff.fields.password'),
          children: staff.mustChangePassword ? t('staff.mustChangePassword') : t('staff.passwordSet'),
        },
        { key: 'updatedAt', label: t('staff.fields.updatedAt'), children: formatDateTime(staff.updatedAt, locale) },
      ]}
    />
  );
}
