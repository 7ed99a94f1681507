import { MailOutlined, MessageOutlined, PhoneOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Empty, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactFieldsFragment, ContactKind } from '../../../gql/graphql.js';

const ICON: Record<ContactKind, ReactNode> = {
  PHONE: <PhoneOutlined />,
  EMAIL: <MailOutlined />,
  WECHAT: <MessageOutlined />,
  OTHER: <QuestionCircleOutlined />,
};

/** A contact as something to act on: a phone to call, an address to write to. */
export function ContactValue({ contact }: { contact: ContactFieldsFragment }) {
  if (contact.kind === 'PHONE') return <a href={`tel:${contact.value.replace(/[^\d+]/g, '')}`}>{contact.value}</a>;
  if (contact.kind === 'EMAIL') return <a href={`mailto:${contact.value}`}>{contact.value}</a>;
  return <span style={{ overflowWrap: 'anywhere' }}>{contact.value}</span>;
}

/** Every way to reach a customer, the primary first. */
export function ContactList({ contacts }: { contacts: readonly ContactFieldsFragment[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noContacts')} />;
  return (
    <Flex vertical gap={10} data-testid="contact-list">
      {contacts.map((c) => (
        <Flex key={c.id} gap={10} align="baseline" data-testid="contact" data-kind={c.kind}>
          <Typography.Text type="secondary" style={{ minWidth: 64, flexShrink: 0 }}>
            {ICON[c.kind]} {t(`customers.contactKinds.${c.kind}`)}
          </Typography.Text>
          <span style={{ fontSize: 16, minWidth: 0 }}>
            <ContactValue contact={c} />
          </span>
          {c.primary && (
            <Tag color="gold" bordered={false} style={{ marginInlineEnd: 0 }}>
              {t('customers.primary')}
            </Tag>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/** The number to call first, if any. */
export function primaryPhone(contacts: readonly ContactFieldsFragment[]): ContactFieldsFragment | null {
  return contacts.find((c) => c.kind === 'PHONE' && c.primary) ?? contacts.find((c) => c.kind === 'PHONE') ?? null;
}
