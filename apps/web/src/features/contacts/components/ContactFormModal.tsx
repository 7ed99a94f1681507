import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { ContactCategory, ContactDirectory, DirectoryContactFieldsFragment } from '../../../gql/graphql.js';
import { featureOutcome } from '../../places/place-errors.js';
import { CATEGORY_ORDER } from '../contact-format.js';
import { createContactMutation, updateContactMutation } from '../contacts.operations.js';

interface Values {
  category: ContactCategory;
  siteCode: string;
  name: string;
  person?: string;
  role?: string;
  phone: string;
  altPhone?: string;
  note?: string;
}

const FIELDS = ['category', 'siteCode', 'name', 'person', 'role', 'phone', 'altPhone', 'note'];
/** The select's value for "no site": company-wide. */
const COMPANY = '';

/** Enter a number or liaison contact (`contact` null), or correct one. */
export function ContactFormModal({
  directory,
  contact,
  sites,
  defaultSite,
  onClose,
  onDone,
}: {
  directory: ContactDirectory;
  contact: DirectoryContactFieldsFragment | null;
  sites: { code: string; name: string }[];
  defaultSite: string | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(createContactMutation);
  const [, update] = useMutation(updateContactMutation);
  const liaison = (contact?.directory ?? directory) === 'LIAISON';
  const categories = CATEGORY_ORDER[contact?.directory ?? directory];
  return (
    <FormModal<Values>
      open
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t(`contacts.addTitle.${directory}`)}
      okText={t('common.save')}
      form={form}
      testId="contact-form"
      initialValues={
        contact
          ? {
              category: contact.category,
              siteCode: contact.site?.code ?? COMPANY,
              name: contact.name,
              person: contact.person ?? '',
              role: contact.role ?? '',
              phone: contact.phone,
              altPhone: contact.altPhone ?? '',
              note: contact.note ?? '',
            }
          : { category: categories[0], siteCode: defaultSite ?? COMPANY }
      }
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const text = (value: string | undefined) => value?.trim() ?? '';
        if (contact) {
          const result = await update({
            input: {
              contactId: contact.id,
              version: contact.version,
              category: v.category,
              name: text(v.name),
              person: text(v.person),
              role: text(v.role),
              phone: text(v.phone),
              altPhone: text(v.altPhone),
              note: text(v.note),
            },
          });
          return featureOutcome('contacts.errors', form, FIELDS, t, result, result.data?.updateContact);
        }
        const result = await create({
          input: {
            directory,
            category: v.category,
            siteCode: v.siteCode || null,
            name: text(v.name),
            person: text(v.person) || null,
            role: text(v.role) || null,
            phone: text(v.phone),
            altPhone: text(v.altPhone) || null,
            note: text(v.note) || null,
          },
        });
        return featureOutcome('contacts.errors', form, FIELDS, t, result, result.data?.createContact);
      }}
    >
      <Form.Item name="category" label={t('contacts.fields.category')} rules={[{ required: true }]}>
        <Select
          options={categories.map((c) => ({ value: c, label: t(`contacts.category.${c}`) }))}
          data-testid="contact-category"
        />
      </Form.Item>
      <Form.Item name="siteCode" label={t('contacts.fields.site')}>
        <Select
          disabled={!!contact}
          options={[
            { value: COMPANY, label: t('contacts.companyWide') },
            ...sites.map((s) => ({ value: s.code, label: s.name })),
          ]}
          data-testid="contact-site"
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={liaison ? t('contacts.fields.organisation') : t('contacts.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('contacts.required_.name') }]}
      >
        <Input
          maxLength={100}
          placeholder={liaison ? t('contacts.placeholders.organisation') : t('contacts.placeholders.name')}
          data-testid="contact-name-input"
        />
      </Form.Item>
      <Form.Item
        name="person"
        label={t('contacts.fields.person')}
        rules={liaison ? [{ required: true, whitespace: true, message: t('contacts.required_.person') }] : []}
      >
        <Input maxLength={50} data-testid="contact-person" />
      </Form.Item>
      <Form.Item name="role" label={t('contacts.fields.role')}>
        <Input maxLength={50} placeholder={t('contacts.placeholders.role')} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('contacts.fields.phone')}
        rules={[{ required: true, whitespace: true, message: t('contacts.required_.phone') }]}
      >
        <Input
          maxLength={30}
          inputMode="tel"
          placeholder={t('contacts.placeholders.phone')}
          data-testid="contact-phone"
        />
      </Form.Item>
      <Form.Item name="altPhone" label={t('contacts.fields.altPhone')}>
        <Input maxLength={30} inputMode="tel" data-testid="contact-alt-phone" />
      </Form.Item>
      <Form.Item name="note" label={t('contacts.fields.note')}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('contacts.placeholders.note')} />
      </Form.Item>
    </FormModal>
  );
}
