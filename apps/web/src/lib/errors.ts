import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { UserErrorFieldsFragment } from '../gql/graphql.js';

/** The one place where the API's error codes become words (see packages/schema errors). */
export function describeError(error: CombinedError, t: TFunction): string {
  if (error.networkError && error.graphQLErrors.length === 0) return t('errors.network');
  const first = error.graphQLErrors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
  const key = code ? `errors.${code}` : 'errors.unknown';
  return t(key, { detail: first?.message ?? '', defaultValue: t('errors.unknown') });
}

/** A mutation's `userErrors` entry in words: by its code, then (for some) by the field it names. */
export function describeUserError(error: UserErrorFieldsFragment, t: TFunction): string {
  const field = userErrorField(error);
  const specific = field ? `userErrors.byField.${field}.${error.code}` : null;
  return t(specific ?? `userErrors.${error.code}`, {
    defaultValue: t(`userErrors.${error.code}`, { defaultValue: t('errors.unknown') }),
  });
}

/**
 * The input field a userError names (`["input", "name"]` → `name`), if any. A nested field names
 * its own last part (`["input", "incident", "occurredAt"]` → `occurredAt`): forms lay nested
 * inputs out flat.
 */
export function userErrorField(error: UserErrorFieldsFragment): string | null {
  const path = (error.field ?? []).filter((part, i) => !(i === 0 && part === 'input') && !/^\d+$/.test(part));
  return path.at(-1) ?? null;
}
