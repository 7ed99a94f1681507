import { UserErrorCode } from '@steward/schema';
import { UserError, UserErrors } from './user-error.js';

/**
 * Collects every problem with an input before anything is written, so one answer names every
 * field at fault. Text is trimmed; every text field has a maximum length.
 */
export class Validator {
  readonly errors: UserError[] = [];

  text(field: string, value: string | null | undefined, opts: { max: number; min?: number; required?: boolean }) {
    const v = value?.trim() ?? '';
    if (!v) {
      if (opts.required) this.add(field, 'is required', UserErrorCode.REQUIRED);
      return v;
    }
    if (v.length > opts.max) this.add(field, `must be at most ${opts.max} characters`, UserErrorCode.TOO_LONG);
    else if (opts.min && v.length < opts.min)
      this.add(field, `must be at least ${opts.min} characters`, UserErrorCode.TOO_SHORT);
    return v;
  }

  pattern(field: string, value: string, re: RegExp, message: string) {
    if (value && !re.test(value)) this.add(field, message, UserErrorCode.INVALID);
  }

  /** `YYYY-MM-DD`, a real calendar date. */
  date(field: string, value: string | null | undefined, required = false): string | null {
    const v = value?.trim() ?? '';
    if (!v) {
      if (required) this.add(field, 'is required', UserErrorCode.REQUIRED);
      return null;
    }
    const d = new Date(`${v}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
      this.add(field, 'must be a date as YYYY-MM-DD', UserErrorCode.INVALID);
      return null;
    }
    return v;
  }

  add(field: string | null, message: string, code: UserErrorCode) {
    this.errors.push(new UserError(field, `${field ? `${field} ` : ''}${message}`, code));
  }

  get ok() {
    return this.errors.length === 0;
  }

  /** Throws the collected problems (rolling back the mutation) if there are any. */
  check() {
    if (!this.ok) throw new UserErrors(this.errors);
  }
}
