import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { type ConnectionShape, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { containsPattern } from '../customers/customer.rules.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { CONTACT_DEPARTMENT, contactReadFilter, contactReadSites, mayKeepContactsAt } from './contact.access.js';
import { CONTACT_LIMITS, Contact } from './contact.entity.js';
import { type ContactCategory, ContactDirectory, LIAISON_CATEGORIES } from './contact.enums.js';
import type {
  ContactFilter,
  CreateContactInput,
  RetireContactInput,
  UpdateContactInput,
  VerifyContactInput,
} from './contact.inputs.js';
import { CONTACT_RULES, phoneProblem, staleBefore } from './contact.rules.js';

/** Matches no row: what a viewer without `liaison.read` sees. */
const NOTHING = { id: { $in: [] } };
const SITE_CODE_MAX = 32;

/** What the audit trail shows of a contact. */
function snapshot(c: Contact): Record<string, unknown> {
  return {
    directory: c.directory,
    category: c.category,
    site: c.site?.unwrap().code ?? null,
    name: c.name,
    person: c.person,
    role: c.role,
    phone: c.phone,
    altPhone: c.altPhone,
    note: c.note,
    lastVerifiedAt: c.lastVerifiedAt.toISOString(),
    verifiedBy: c.verifiedBy.unwrap().id,
    verifyNote: c.verifyNote,
    retiredAt: c.retiredAt?.toISOString() ?? null,
    retireReason: c.retireReason,
  };
}

/** One site's coverage of the registers (C28, C29). */
export interface SiteContactCoverageShape {
  site: Site;
  staleAfterDays: number;
  missingLiaison: ContactCategory[];
  missingEmergency: ContactCategory[];
  stale: Contact[];
}

/** A staleness threshold from a query: the default (P11) unless given, within bounds. */
export function staleDays(value: number | null | undefined, field = 'staleAfterDays'): number {
  if (value == null) return CONTACT_RULES.staleAfterDays;
  if (!Number.isInteger(value) || value < 1 || value > CONTACT_RULES.staleAfterDaysMax) {
    throw badInput(field, `must be a whole number of days from 1 to ${CONTACT_RULES.staleAfterDaysMax}`);
  }
  return value;
}

/**
 * The emergency directory and the liaison contacts (R22, R23): entering, correcting, verifying and
 * retiring entries; what a site's registers lack (C28, C29).
 */
export class ContactService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** The registers as far as the viewer may read them: by category, then name. */
  list(filter: ContactFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Contact>> {
    const scope = this.ctx.viewer ? contactReadFilter(this.ctx.viewer) : null;
    const where: FilterQuery<Contact>[] = [scope ?? NOTHING];
    const f = filter ?? {};
    if (f.directory) where.push({ directory: f.directory });
    if (f.category) where.push({ category: f.category });
    if (f.siteCode != null) {
      if (f.siteCode.length > SITE_CODE_MAX) throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
      where.push({ $or: [{ site: null }, { site: f.siteCode }] });
    }
    if (!f.includeRetired) where.push({ retiredAt: null });
    if (f.stale != null) {
      const before = staleBefore(this.now(), staleDays(f.staleAfterDays, 'filter.staleAfterDays'));
      where.push({ lastVerifiedAt: f.stale ? { $lt: before } : { $gte: before } });
    }
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      const like = containsPattern(search.toLowerCase());
      const digits = search.replace(/[\s-]/g, '');
      where.push({
        $or: [
          { nameLower: { $like: like } },
          { personLower: { $like: like } },
          { roleLower: { $like: like } },
          ...(/^\+?\d+$/.test(digits) ? [{ phoneDigits: { $like: containsPattern(digits) } }] : []),
        ],
      });
    }
    return paginate(
      this.ctx.em,
      Contact,
      { $and: where },
      [
        ['category', 'asc'],
        ['name', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (c) => [c.category, c.name, c.id],
    );
  }

  /** For `node(id)` and `contact(id)`: only what the viewer may read. */
  byIds(ids: readonly string[]): Promise<Contact[]> {
    const scope = this.ctx.viewer ? contactReadFilter(this.ctx.viewer) : null;
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(Contact, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  async byId(id: string): Promise<Contact | null> {
    const parsed = fromGlobalId(id);
    return parsed?.typename === 'Contact' ? ((await this.byIds([parsed.key]))[0] ?? null) : null;
  }

  isStale(contact: Contact, afterDays: number | null | undefined): boolean {
    return contact.lastVerifiedAt.getTime() < staleBefore(this.now(), staleDays(afterDays, 'afterDays')).getTime();
  }

  /** Whether the viewer may correct, verify or retire it now. */
  canKeep(contact: Contact): boolean {
    return (
      !!this.ctx.viewer &&
      !contact.retiredAt &&
      mayKeepContactsAt(this.ctx.viewer, 'liaison.handle', contact.site?.unwrap().code ?? null)
    );
  }

  /**
   * C28 and C29 for each site the viewer reaches (or the one asked for): which required
   * categories have no entry in use (its own or company-wide), and which entries are stale.
   */
  async coverage(siteCode: string | null | undefined, afterDays: number | null | undefined) {
    const days = staleDays(afterDays);
    const viewer = this.ctx.viewer;
    const scope = viewer ? contactReadFilter(viewer) : null;
    if (!viewer || !scope) return [];
    if (siteCode != null && siteCode.length > SITE_CODE_MAX) {
      throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
    }
    const reachable = contactReadSites(viewer);
    const sites = (
      await this.ctx.em.find(Site, siteCode != null ? { code: siteCode } : {}, { orderBy: { code: 'asc' } })
    ).filter((s) => reachable === null || reachable.includes(s.code));
    if (!sites.length) return [];
    const entries = await this.ctx.em.find(
      Contact,
      { $and: [scope, { retiredAt: null }, { $or: [{ site: null }, { site: { $in: sites.map((s) => s.code) } }] }] },
      { orderBy: { category: 'asc', name: 'asc', id: 'asc' } },
    );
    const before = staleBefore(this.now(), days).getTime();
    return sites.map((site): SiteContactCoverageShape => {
      const here = entries.filter((c) => c.site === null || c.site.unwrap().code === site.code);
      const has = (directory: ContactDirectory, category: ContactCategory) =>
        here.some((c) => c.directory === directory && c.category === category);
      return {
        site,
        staleAfterDays: days,
        missingLiaison: CONTACT_RULES.liaisonRequired.filter((c) => !has(ContactDirectory.LIAISON, c)),
        missingEmergency: CONTACT_RULES.emergencyRequired.filter((c) => !has(ContactDirectory.EMERGENCY, c)),
        stale: here.filter((c) => c.lastVerifiedAt.getTime() < before),
      };
    });
  }

  // ---- rules shared by the steps -----------------------------------------------------------

  private phone(v: Validator, field: string, value: string | null | undefined, required: boolean): string | null {
    const phone = v.text(field, value, { max: CONTACT_LIMITS.phone, required });
    if (!phone || phone.length > CONTACT_LIMITS.phone) return phone || null;
    const problem = phoneProblem(phone);
    if (problem) v.add(field, problem, UserErrorCode.INVALID);
    return phone;
  }

  /** The rules that tie fields together: a liaison is at an authority, and has a person to ask for. */
  private consistent(v: Validator, c: Pick<Contact, 'directory' | 'category' | 'person'>) {
    if (c.directory === ContactDirectory.LIAISON && !LIAISON_CATEGORIES.includes(c.category)) {
      v.add(
        'category',
        'a liaison contact is at the police, fire, traffic or another authority',
        UserErrorCode.INVALID,
      );
    }
    if (c.directory === ContactDirectory.LIAISON && !c.person) {
      v.add('person', 'a liaison contact names the person to ask for', UserErrorCode.REQUIRED);
    }
  }

  private audit(audit: AuditLog, action: string, contact: Contact, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'Contact',
      targetKey: contact.id,
      departmentKey: CONTACT_DEPARTMENT,
      before,
      after: snapshot(contact),
    });
  }

  // ---- changes -----------------------------------------------------------------------------

  create(input: CreateContactInput) {
    const viewer = this.viewer;
    if (!viewer.grants.has('liaison.create')) throw forbidden();
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const now = this.now();
      const name = v.text('name', input.name, { max: CONTACT_LIMITS.name, required: true });
      const person = v.text('person', input.person, { max: CONTACT_LIMITS.person }) || null;
      const role = v.text('role', input.role, { max: CONTACT_LIMITS.role }) || null;
      const note = v.text('note', input.note, { max: CONTACT_LIMITS.note }) || null;
      const phone = this.phone(v, 'phone', input.phone, true);
      const altPhone = this.phone(v, 'altPhone', input.altPhone, false);
      this.consistent(v, { directory: input.directory, category: input.category, person });

      const siteCode = input.siteCode?.trim() || null;
      let site: Site | null = null;
      if (siteCode) {
        site = siteCode.length <= SITE_CODE_MAX ? await tx.findOne(Site, { code: siteCode }) : null;
        if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      }
      if ((site || !siteCode) && !mayKeepContactsAt(viewer, 'liaison.create', site?.code ?? null)) {
        v.add(
          'siteCode',
          site ? 'is not a site whose contacts you keep' : 'is required: company-wide entries are kept centrally',
          site ? UserErrorCode.NOT_PERMITTED : UserErrorCode.REQUIRED,
        );
      }
      v.check();

      const me = tx.getReference(Staff, viewer.staff.id);
      const contact = tx.create(Contact, {
        id: randomUUID(),
        directory: input.directory,
        category: input.category,
        site,
        name,
        person,
        role,
        phone: phone as string,
        altPhone,
        note,
        lastVerifiedAt: now,
        verifiedBy: me,
        createdBy: me,
        createdAt: now,
        updatedAt: now,
      });
      this.audit(audit, 'contact.create', contact, null);
      return contact;
    });
  }

  /**
   * One step on an entry in one transaction: find it as the viewer reads it, check they keep it
   * and it is still in use (and that they saw the latest version), apply, audit.
   */
  private step(
    contactId: string,
    action: string,
    version: number | null | undefined,
    apply: (contact: Contact, v: Validator, tx: EntityManager) => void,
  ) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const parsed = fromGlobalId(contactId);
      const scope = contactReadFilter(viewer);
      const contact =
        parsed?.typename === 'Contact' && scope
          ? await tx.findOne(Contact, { $and: [{ id: parsed.key }, scope] })
          : null;
      if (!contact) refuse('contactId', 'No such contact', UserErrorCode.NOT_FOUND);
      if (!mayKeepContactsAt(viewer, 'liaison.handle', contact.site?.unwrap().code ?? null)) throw forbidden();
      if (contact.retiredAt) refuse('contactId', 'is retired', UserErrorCode.INVALID_TRANSITION);
      if (version != null && version !== contact.version) {
        refuse('version', 'the contact has changed since you opened it', UserErrorCode.CONFLICT);
      }
      const before = snapshot(contact);
      const v = new Validator();
      apply(contact, v, tx);
      v.check();
      contact.updatedAt = this.now();
      this.audit(audit, action, contact, before);
      return contact;
    });
  }

  update(input: UpdateContactInput) {
    return this.step(input.contactId, 'contact.update', input.version, (c, v) => {
      if (input.category != null) c.category = input.category;
      if (input.name != null) c.name = v.text('name', input.name, { max: CONTACT_LIMITS.name, required: true });
      if (input.person != null) c.person = v.text('person', input.person, { max: CONTACT_LIMITS.person }) || null;
      if (input.role != null) c.role = v.text('role', input.role, { max: CONTACT_LIMITS.role }) || null;
      if (input.note != null) c.note = v.text('note', input.note, { max: CONTACT_LIMITS.note }) || null;
      if (input.phone != null) c.phone = this.phone(v, 'phone', input.phone, true) ?? c.phone;
      if (input.altPhone != null) c.altPhone = this.phone(v, 'altPhone', input.altPhone, false);
      this.consistent(v, c);
    });
  }

  verify(input: VerifyContactInput) {
    return this.step(input.contactId, 'contact.verify', null, (c, v, tx) => {
      c.verifyNote = v.text('note', input.note, { max: CONTACT_LIMITS.verifyNote }) || null;
      c.lastVerifiedAt = this.now();
      c.verifiedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }

  retire(input: RetireContactInput) {
    return this.step(input.contactId, 'contact.retire', null, (c, v, tx) => {
      c.retireReason = v.text('reason', input.reason, { max: CONTACT_LIMITS.reason, required: true });
      c.retiredAt = this.now();
      c.retiredBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }
}
