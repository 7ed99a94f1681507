import { App, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm.js';

/** From the user menu: change your own password without leaving the page. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal open={open} title={t('auth.changePassword')} onCancel={onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm
        onCancel={onClose}
        onDone={() => {
          void message.success(t('auth.passwordChanged'));
          onClose();
        }}
      />
    </Modal>
  );
}
