import { LOCALE_ENUM, type LocaleTag } from '@steward/schema';
import { Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLocale } from '../../app/locale-context.js';
import { AuthCard } from '../../features/auth/components/AuthCard.js';
import { LoginForm } from '../../features/auth/components/LoginForm.js';
import { FullPageSpin } from '../../features/auth/components/SessionProvider.js';
import { safeNext, useSession } from '../../features/auth/session-context.js';
import { hasSavedLocale } from '../../i18n/index.js';

const TAG_OF = Object.fromEntries(Object.entries(LOCALE_ENUM).map(([tag, value]) => [value, tag])) as Record<
  string,
  LocaleTag
>;

/** /login[?next=/where/you/were]: sign in, then back to where you were (first password changed first). */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { viewer, restart } = useSession();
  const { locale, setLocale } = useLocale();
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('auth.signIn')} · Steward`;
  }, [t]);

  if (viewer === undefined) return <FullPageSpin />;
  if (viewer) return <Navigate to={next} replace />;

  return (
    <AuthCard title={t('auth.signInTitle')} subtitle={t('auth.signInSubtitle')}>
      <LoginForm
        onSignedIn={(signedIn) => {
          // A device nobody chose a language on follows the person's saved preference.
          const preferred = TAG_OF[signedIn.staff.locale];
          if (!hasSavedLocale() && preferred && preferred !== locale) setLocale(preferred);
          navigate(signedIn.mustChangePassword ? `/change-password?next=${encodeURIComponent(next)}` : next, {
            replace: true,
          });
          restart();
        }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('auth.forgotPassword')}
      </Typography.Text>
    </AuthCard>
  );
}
