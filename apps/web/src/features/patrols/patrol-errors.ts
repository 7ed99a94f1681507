import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { UserErrorFieldsFragment } from '../../gql/graphql.js';
import { describeError, describeUserError, userErrorField } from '../../lib/errors.js';

/**
 * A scan's or report's refusal in words: about the checkpoint (not found, not in use, not on duty
 * there, scanned a moment ago) by `patrols.scanError`, other fields by `patrols.fieldError`.
 */
export function patrolErrorText(error: UserErrorFieldsFragment, t: TFunction): string {
  const field = userErrorField(error);
  if (field === 'code' || field === 'checkpointId') {
    return t(`patrols.scanError.${error.code}`, { defaultValue: describeUserError(error, t) });
  }
  return field
    ? t(`patrols.fieldError.${field}.${error.code}`, { defaultValue: describeUserError(error, t) })
    : describeUserError(error, t);
}

/** A mutation's result as one line to show, or null when it went through. */
export function patrolProblem(
  t: TFunction,
  result: { error?: CombinedError },
  payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
): string | null {
  if (result.error) return describeError(result.error, t);
  if (!payload) return t('errors.unknown');
  return payload.userErrors.length ? payload.userErrors.map((e) => patrolErrorText(e, t)).join(' ') : null;
}

/** The code a scanned QR holds: the address `…/scan/<code>` a card carries, or a bare code. */
export function codeFromScan(raw: string): string {
  const text = raw.trim();
  const match = /\/scan\/([^/?#\s]+)/.exec(text);
  return decodeURIComponent(match?.[1] ?? text).slice(0, 64);
}
