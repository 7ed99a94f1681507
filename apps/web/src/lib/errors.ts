import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

/** The one place where the API's error codes become words (see packages/schema errors). */
export function describeError(error: CombinedError, t: TFunction): string {
  if (error.networkError && error.graphQLErrors.length === 0) return t('errors.network');
  const first = error.graphQLErrors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
  const key = code ? `errors.${code}` : 'errors.unknown';
  return t(key, { detail: first?.message ?? '', defaultValue: t('errors.unknown') });
}
