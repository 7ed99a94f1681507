import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { useSession } from '../../features/auth/session-context.js';
import type { ShiftSummaryFragment, UserErrorFieldsFragment } from '../../gql/graphql.js';
import { describeError, describeUserError, userErrorField } from '../../lib/errors.js';
import type { Outcome } from '../../lib/form-errors.js';

/** What the viewer may do with rosters: the API decides again; this only shapes the page. */
export function useRosterAbilities() {
  const { can, viewer } = useSession();
  return {
    me: viewer?.staff.id ?? null,
    /** Draft and change rosters, record anyone's leave (the director). */
    edit: can('roster.create'),
    /** Decide swaps (a shift's leader, the director). */
    decide: can('roster.handle') || can('roster.approve'),
    /** Record leave (the director; a leader for their team). */
    recordLeave: can('roster.create') || can('roster.handle'),
    /** See more than one's own shifts (leaders, the director, the office). */
    overview: can('roster.create') || can('roster.approve') || can('roster.handle'),
    zone: viewer?.staff.sites[0]?.timeZone ?? 'Asia/Shanghai',
  };
}

/** A userError in words: the roster's own wording for its fields first, else the app's. */
export function describeRosterError(error: UserErrorFieldsFragment, t: TFunction, context?: string): string {
  const field = userErrorField(error);
  const keys = [
    ...(field && context ? [`rosters.errors.${field}${context}.${error.code}`] : []),
    ...(field ? [`rosters.errors.${field}.${error.code}`] : []),
  ];
  for (const key of keys) {
    const words = t(key, { defaultValue: '' });
    if (words) return words;
  }
  return describeUserError(error, t);
}

/**
 * A mutation's result for a roster form: request errors, userErrors beside the fields of the form
 * they name (in the roster's words), the rest as one line for an alert.
 */
export function rosterOutcome(
  form: FormInstance | null,
  fields: readonly string[],
  t: TFunction,
  result: { error?: CombinedError },
  payload: { userErrors: readonly UserErrorFieldsFragment[] } | null | undefined,
  context?: string,
): Outcome {
  if (result.error) return { ok: false, problem: describeError(result.error, t) };
  if (!payload) return { ok: false, problem: t('errors.unknown') };
  if (!payload.userErrors.length) return { ok: true, problem: null };
  const general: string[] = [];
  const byField = new Map<string, string[]>();
  for (const e of payload.userErrors) {
    const field = userErrorField(e);
    const words = describeRosterError(e, t, context);
    if (form && field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), words]);
    else general.push(words);
  }
  form?.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return { ok: false, problem: general.length ? general.join(' ') : null };
}

/** Colours of a shift by its hours: day (amber), afternoon (teal), night (indigo). */
export function patternTone(pattern: Pick<ShiftSummaryFragment['pattern'], 'startTime' | 'crossesMidnight'>) {
  const hour = Number(pattern.startTime.slice(0, 2));
  if (pattern.crossesMidnight || hour >= 18) return { bar: '#4f5bd5', bg: '#eef0fc', fg: '#2f3a99' };
  if (hour >= 12) return { bar: '#13a8a8', bg: '#e6fffb', fg: '#006d75' };
  return { bar: '#d48806', bg: '#fff8e6', fg: '#874d00' };
}

/** The first character of a pattern's name ("白", "夜"), or its code's first letter. */
export function patternMark(pattern: Pick<ShiftSummaryFragment['pattern'], 'name' | 'code'>): string {
  return (pattern.name || pattern.code).slice(0, 1);
}
