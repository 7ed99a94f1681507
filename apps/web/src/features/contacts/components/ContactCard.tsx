import { CheckCircleOutlined, EditOutlined, PhoneOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/locale-context.js';
import type { DirectoryContactFieldsFragment } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { STALE_AFTER_DAYS } from '../contact-format.js';

/**
 * One entry, made to be tapped: the number is a `tel:` link as big as a button, the second number
 * beside it; who to ask for, what to say; when it was last checked. Keepers get verify, edit, retire.
 */
export function ContactCard({
  contact,
  onVerify,
  onEdit,
  onRetire,
}: {
  contact: DirectoryContactFieldsFragment;
  onVerify(): void;
  onEdit(): void;
  onRetire(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const phone = (value: string, dial: string, primary: boolean) => (
    <Button
      type={primary ? 'primary' : 'default'}
      size="large"
      href={`tel:${dial}`}
      icon={<PhoneOutlined />}
      aria-label={t('contacts.call', { phone: value })}
      data-testid="contact-call"
      data-dial={dial}
      style={{ fontVariantNumeric: 'tabular-nums', minWidth: 140 }}
    >
      {value}
    </Button>
  );
  return (
    <Card size="small" data-testid="contact" data-name={contact.name} data-stale={contact.stale}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <div style={{ minWidth: 0, flex: '1 1 180px' }}>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="contact-name">
              {contact.name}
            </Typography.Text>
            {(contact.person || contact.role) && (
              <div>
                <Typography.Text>{[contact.person, contact.role].filter(Boolean).join(' · ')}</Typography.Text>
              </div>
            )}
          </div>
          <Flex gap={4} wrap>
            <Tag bordered={false} color={contact.site ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
              {contact.site?.name ?? t('contacts.companyWide')}
            </Tag>
            {contact.stale && (
              <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="contact-stale">
                {t('contacts.stale', { days: STALE_AFTER_DAYS })}
              </Tag>
            )}
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          {phone(contact.phone, contact.dial, true)}
          {contact.altPhone && contact.altDial && phone(contact.altPhone, contact.altDial, false)}
        </Flex>
        {contact.note && <Typography.Text type="secondary">{contact.note}</Typography.Text>}
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('contacts.verifiedLine', {
              date: formatDate(contact.lastVerifiedAt, locale),
              name: contact.verifiedBy.name,
            })}
            {contact.verifyNote ? ` · ${contact.verifyNote}` : ''}
          </Typography.Text>
          {contact.canKeep && (
            <Flex gap={4} wrap>
              <Button size="small" icon={<CheckCircleOutlined />} onClick={onVerify} data-testid="contact-verify">
                {t('contacts.verify')}
              </Button>
              <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="contact-edit">
                {t('contacts.edit')}
              </Button>
              <Button size="small" danger icon={<StopOutlined />} onClick={onRetire} data-testid="contact-retire">
                {t('contacts.retire')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
