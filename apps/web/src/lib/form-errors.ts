import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { UserErrorFieldsFragment } from '../gql/graphql.js';
import { describeError, describeUserError, userErrorField } from './errors.js';

/**
 * Shows each userError beside the form field it names (antd `setFields`); returns, in words,
 * those that name no field of this form, for an alert above it.
 */
export function applyUserErrors(
  form: FormInstance,
  errors: readonly UserErrorFieldsFragment[],
  t: TFunction,
  fields: readonly string[],
): string[] {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const field = userErrorField(error);
    const words = describeUserError(error, t);
    if (field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), words]);
    else general.push(words);
  }
  form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
  return general;
}

export interface Outcome {
  ok: boolean;
  /** In words, what is wrong beyond any single field of the form (for an alert). */
  problem: string | null;
}

/**
 * The result of a mutation that returns a payload: a request error, the payload's userErrors
 * (placed beside their fields), or success.
 */
export function outcomeOf(
  form: FormInstance | null,
  fields: readonly string[],
  t: TFunction,
  result: { error?: CombinedError },
  payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
): Outcome {
  if (result.error) return { ok: false, problem: describeError(result.error, t) };
  if (!payload) return { ok: false, problem: t('errors.unknown') };
  if (payload.userErrors.length === 0) return { ok: true, problem: null };
  const general = form
    ? applyUserErrors(form, payload.userErrors, t, fields)
    : payload.userErrors.map((e) => describeUserError(e, t));
  return { ok: false, problem: general.length ? general.join(' ') : null };
}
