import { Button, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import { SecretOnce } from '../../../components/SecretOnce.js';
import type { TokenScope } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { boardUrlFor } from '../../board/board-token.js';
import { createApiTokenMutation } from '../tokens.operations.js';

interface Values {
  name: string;
  scopes: TokenScope[];
  expiresOn: Dayjs;
}

interface Props {
  open: boolean;
  onClose(): void;
  /** Set up for a wall screen: the board scope, a longer life, and the board's link once created. */
  board?: boolean;
}

/** A new token for a notebook or a wall board; its secret (and a board's link) is shown this once. */
export function CreateTokenModal({ open, onClose, board = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(createApiTokenMutation);
  const [secret, setSecret] = useState<string | null>(null);
  const [forBoard, setForBoard] = useState(false);

  if (secret) {
    return (
      <Modal
        open={open}
        title={t('tokens.createdTitle')}
        onCancel={onClose}
        afterClose={() => setSecret(null)}
        closable={false}
        mask={{ closable: false }}
        footer={[
          <Button key="done" type="primary" onClick={onClose} data-testid="token-secret-done">
            {t('tokens.savedIt')}
          </Button>,
        ]}
      >
        {forBoard && (
          <div style={{ marginBottom: 16 }}>
            <SecretOnce
              testId="token-board-url"
              label={t('tokens.boardUrl')}
              secret={boardUrlFor(secret)}
              warning={t('tokens.boardUrlHint')}
            />
          </div>
        )}
        <SecretOnce
          testId="token-secret"
          label={t('tokens.secret')}
          secret={secret}
          warning={t('tokens.secretWarning')}
        />
        <p style={{ marginTop: 12, marginBottom: 0, color: '#5b6675', fontSize: 13 }}>{t('tokens.usage')}</p>
      </Modal>
    );
  }

  return (
    <FormModal<Values>
      open={open}
      title={board ? t('tokens.createBoard') : t('tokens.create')}
      okText={t('tokens.create')}
      form={form}
      testId="create-token-form"
      keepOpen
      initialValues={
        board
          ? { name: t('tokens.boardDefaultName'), scopes: ['BOARD'], expiresOn: dayjs().add(180, 'day') }
          : { scopes: ['READ'], expiresOn: dayjs().add(90, 'day') }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await create({
          input: { name: v.name.trim(), scopes: v.scopes, expiresAt: v.expiresOn.endOf('day').toISOString() },
        });
        const payload = result.data?.createApiToken;
        const outcome = outcomeOf(form, ['name', 'scopes', 'expiresAt'], t, result, payload);
        if (outcome.ok && payload?.secret) {
          setForBoard(v.scopes.includes('BOARD'));
          setSecret(payload.secret);
        }
        return outcome;
      }}
    >
      <Form.Item
        name="name"
        label={t('tokens.name')}
        extra={t('tokens.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}
      >
        <Input maxLength={100} data-testid="token-name" />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('tokens.scopesLabel')}
        rules={[{ required: true, type: 'array', min: 1, message: t('tokens.scopesRequired') }]}
      >
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={(['READ', 'BOARD'] as const).map((s) => ({
            value: s,
            label: (
              <span>
                <strong>{t(`tokens.scopes.${s}`)}</strong>
                <span style={{ color: '#5b6675' }}> — {t(`tokens.scopeHints.${s}`)}</span>
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="expiresOn"
        label={t('tokens.expires')}
        extra={t('tokens.expiresHint')}
        rules={[{ required: true, message: t('tokens.expiresRequired') }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          allowClear={false}
          disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(1, 'year'), 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
