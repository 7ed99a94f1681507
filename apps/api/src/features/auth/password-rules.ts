import { UserErrorCode } from '@steward/schema';
import type { Validator } from '../../graphql/validate.js';
import { STAFF_LIMITS } from '../staff/staff.entity.js';

/** 8–128 characters, at least one letter and one digit, and not the person's own name or number. */
export function checkNewPassword(
  v: Validator,
  field: string,
  password: string,
  person: { username?: string; employeeNo?: string },
) {
  if (password.length < STAFF_LIMITS.passwordMin) {
    v.add(field, `must be at least ${STAFF_LIMITS.passwordMin} characters`, UserErrorCode.WEAK_PASSWORD);
  } else if (password.length > STAFF_LIMITS.passwordMax) {
    v.add(field, `must be at most ${STAFF_LIMITS.passwordMax} characters`, UserErrorCode.TOO_LONG);
  } else if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    v.add(field, 'must contain a letter and a digit', UserErrorCode.WEAK_PASSWORD);
  } else if ([person.username, person.employeeNo].some((s) => s && password.toLowerCase().includes(s.toLowerCase()))) {
    v.add(field, 'must not contain the username or employee number', UserErrorCode.WEAK_PASSWORD);
  }
}
