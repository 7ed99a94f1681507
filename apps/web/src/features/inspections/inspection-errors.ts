import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { UserErrorFieldsFragment } from '../../gql/graphql.js';
import type { Outcome } from '../../lib/form-errors.js';
import { featureErrorText, featureOutcome } from '../places/place-errors.js';

const PREFIX = 'inspections.errors';

/** A mutation's outcome in this feature's words: errors beside their fields, the rest for an alert. */
export function inspectionOutcome(
  form: FormInstance | null,
  fields: readonly string[],
  t: TFunction,
  result: { error?: CombinedError },
  payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
): Outcome {
  return featureOutcome(PREFIX, form, fields, t, result, payload);
}

export function inspectionErrorText(error: UserErrorFieldsFragment, t: TFunction): string {
  return featureErrorText(PREFIX, error, t);
}
