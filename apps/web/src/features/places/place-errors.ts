import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { UserErrorFieldsFragment } from '../../gql/graphql.js';
import { describeError, describeUserError, userErrorField } from '../../lib/errors.js';
import type { Outcome } from '../../lib/form-errors.js';

/**
 * A userError in words, by this feature's own messages (`<prefix>.<field>.<code>`) first: field
 * names such as `name` or `code` mean other things elsewhere, so the app-wide wording may not fit.
 */
export function featureErrorText(prefix: string, error: UserErrorFieldsFragment, t: TFunction): string {
  const field = userErrorField(error);
  const fallback = describeUserError(error, t);
  return field ? t(`${prefix}.${field}.${error.code}`, { defaultValue: fallback }) : fallback;
}

/** Like `outcomeOf`, with the feature's own wording: errors beside their fields, the rest for an alert. */
export function featureOutcome(
  prefix: string,
  form: FormInstance | null,
  fields: readonly string[],
  t: TFunction,
  result: { error?: CombinedError },
  payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
): Outcome {
  if (result.error) return { ok: false, problem: describeError(result.error, t) };
  if (!payload) return { ok: false, problem: t('errors.unknown') };
  if (payload.userErrors.length === 0) return { ok: true, problem: null };
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of payload.userErrors) {
    const field = userErrorField(error);
    const words = featureErrorText(prefix, error, t);
    if (form && field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), words]);
    else general.push(words);
  }
  form?.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return { ok: false, problem: general.length ? general.join(' ') : null };
}
