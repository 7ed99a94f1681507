import { Button } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { logoutMutation } from '../../features/auth/auth.operations.js';
import { AuthCard } from '../../features/auth/components/AuthCard.js';
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm.js';
import { FullPageSpin } from '../../features/auth/components/SessionProvider.js';
import { safeNext, useSession } from '../../features/auth/session-context.js';

/** /change-password?next=…: the first sign-in's compulsory step, before anything else. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { viewer, restart } = useSession();
  const [, logout] = useMutation(logoutMutation);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('auth.firstPasswordTitle')} · Steward`;
  }, [t]);

  if (viewer === undefined) return <FullPageSpin />;
  if (viewer === null) return <Navigate to="/login" replace />;
  if (!viewer.mustChangePassword) return <Navigate to={next} replace />;

  return (
    <AuthCard title={t('auth.firstPasswordTitle')} subtitle={t('auth.firstPasswordHint', { name: viewer.staff.name })}>
      <ChangePasswordForm
        size="large"
        submitLabel={t('auth.setPasswordAndContinue')}
        onDone={() => navigate(next, { replace: true })}
      />
      <Button
        type="link"
        style={{ paddingInline: 0, marginTop: 8 }}
        onClick={async () => {
          await logout({});
          navigate('/login', { replace: true });
          restart();
        }}
      >
        {t('auth.signOut')}
      </Button>
    </AuthCard>
  );
}
