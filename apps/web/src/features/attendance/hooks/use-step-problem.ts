import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { UserErrorFieldsFragment } from '../../../gql/graphql.js';
import { describeError } from '../../../lib/errors.js';
import { describeStepError } from '../attendance-format.js';

/**
 * What went wrong with a step, in words (a request error, else the first userError in the step's
 * own wording); null when it went through.
 */
export function useStepProblem() {
  const { t } = useTranslation();
  return (
    res: { error?: CombinedError },
    payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
    step: 'checkIn' | 'checkOut' | 'meeting' = 'meeting',
  ): string | null => {
    if (res.error) return describeError(res.error, t);
    if (!payload) return t('errors.unknown');
    const first = payload.userErrors[0];
    return first ? describeStepError(step, first, t) : null;
  };
}
