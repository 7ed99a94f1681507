import { randomUUID } from 'node:crypto';
import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { type ConnectionShape, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse, UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import type { Site } from '../sites/site.entity.js';
import {
  CUSTOMER_FILE_DEPARTMENT,
  type CustomerFilePermission,
  contactScope,
  customerFileReach,
  customerScope,
  occupancyScope,
  type Reach,
  unitScope,
  withOccupancy,
} from './customer.access.js';
import { CUSTOMER_LIMITS, Customer } from './customer.entity.js';
import { ContactKind, type CustomerRole, LookupMatch } from './customer.enums.js';
import type {
  AddCustomerContactInput,
  CreateCustomerInput,
  CustomerContactInput,
  CustomerFilter,
  FirstOccupancyInput,
  MoveInInput,
  MoveOutInput,
  UpdateCustomerInput,
  VoidCustomerInput,
} from './customer.inputs.js';
import {
  contactProblem,
  containsPattern,
  type LookupTerms,
  lookupRank,
  lookupTerms,
  normalizeContact,
  todayIn,
} from './customer.rules.js';
import { CONTACT_LIMITS, CustomerContact } from './customer-contact.entity.js';
import { OCCUPANCY_LIMITS, Occupancy } from './occupancy.entity.js';
import { Unit } from './unit.entity.js';
import { byCurrentThenRecent } from './unit.service.js';

/** Matches no row: what a grant that reaches no file sees. */
const NOTHING = { id: { $in: [] } };

/** Hits a lookup returns at most: enough for a phone call, few enough to read. */
export const LOOKUP_LIMIT = 20;

const ID_CARD_LAST4 = /^\d{3}[\dX]$/;

export interface LookupHit {
  match: LookupMatch;
  exact: boolean;
  /** What matched, as stored: the unit code, the contact's value or the name. */
  matchedValue: string;
  unit: Unit | null;
  customer: Customer | null;
}

/** What the audit trail shows of a customer file (contacts as `KIND value`, when loaded). */
function snapshot(c: Customer): Record<string, unknown> {
  return {
    name: c.name,
    kind: c.kind,
    idCardLast4: c.idCardLast4,
    note: c.note,
    contacts: c.contacts.isInitialized() ? c.contacts.getItems().map(contactLabel) : undefined,
    voidedAt: c.voidedAt?.toISOString() ?? null,
    voidReason: c.voidReason,
  };
}

const contactLabel = (c: CustomerContact) => `${c.kind} ${c.value}${c.primary ? ' *' : ''}`;

function occupancySnapshot(o: Occupancy, unit: Unit): Record<string, unknown> {
  return {
    occupancy: o.id,
    unit: unit.code,
    site: unit.site.unwrap().code,
    role: o.role,
    fromDate: o.fromDate,
    toDate: o.toDate,
    note: o.note,
  };
}

function record(audit: AuditLog, action: string, customer: Customer, before: object | null, after: object) {
  audit.record({
    action,
    targetType: 'Customer',
    targetKey: customer.id,
    departmentKey: CUSTOMER_FILE_DEPARTMENT,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown>,
  });
}

/** Copies a nested input's problems into the whole input's, under its path (`contacts[1].value`). */
function nestErrors(v: Validator, path: (string | number)[], sub: Validator): void {
  const label = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  for (const e of sub.errors) {
    const inner = e.field?.slice(1) ?? [];
    v.errors.push(
      new UserError(
        ['input', ...path.map(String), ...inner],
        `${label}${inner.length ? '.' : ' '}${e.message}`,
        e.code,
      ),
    );
  }
}

/** Customer files (R1, CS-3): customers, their contacts and who lived where, when; and the desk's lookup. */
export class CustomerService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private reach(permission: CustomerFilePermission = 'customer_file.read'): Reach | null {
    return this.ctx.viewer ? customerFileReach(this.viewer, permission) : null;
  }

  async list(filter: CustomerFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Customer>> {
    const reach = this.reach();
    // A grant that reaches no file lists none: the same answer as an empty file cabinet.
    const where: FilterQuery<Customer>[] = [customerScope(reach) ?? NOTHING];
    if (!filter?.includeVoided) where.push({ voidedAt: null });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.siteCode != null) {
      if (filter.siteCode.length > 32) throw badInput('siteCode', 'must be at most 32 characters');
      if (reach) where.push(withOccupancy(reach, { unit: { site: { code: filter.siteCode } } }));
    }
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      const terms = lookupTerms(search);
      where.push({
        $or: [
          { nameLower: { $like: containsPattern(terms.text) } },
          { contacts: { $some: contactMatches(terms) } },
          ...(reach ? [withOccupancy(reach, { unit: { code: { $like: containsPattern(terms.unitCode) } } })] : []),
        ],
      });
    }
    return paginate(
      this.ctx.em,
      Customer,
      { $and: where },
      [
        ['name', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (c) => [c.name, c.id],
    );
  }

  /** For `node(id)` and `customer(id)`: only what the viewer may read. */
  byIds(ids: readonly string[]): Promise<Customer[]> {
    const scope = customerScope(this.reach());
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(Customer, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  async byId(id: string): Promise<Customer | null> {
    const parsed = fromGlobalId(id);
    if (parsed?.typename !== 'Customer') return null;
    return (await this.byIds([parsed.key]))[0] ?? null;
  }

  contactsByIds(ids: readonly string[]): Promise<CustomerContact[]> {
    const scope = contactScope(this.reach());
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(CustomerContact, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  occupanciesByIds(ids: readonly string[]): Promise<Occupancy[]> {
    const scope = occupancyScope(this.reach());
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(Occupancy, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  /** The primary contact first, then in the order they were added. */
  async contacts(customer: Customer): Promise<CustomerContact[]> {
    const rows = (await customer.contacts.load()).getItems();
    return [...rows].sort(
      (a, b) => Number(b.primary) - Number(a.primary) || a.createdAt.getTime() - b.createdAt.getTime(),
    );
  }

  /** Where they live (or lived), within the viewer's reach: current first, then the most recent. */
  async occupancies(customer: Customer): Promise<Occupancy[]> {
    const reach = this.reach();
    if (!reach) return [];
    const rows = (await customer.occupancies.load()).getItems();
    const units = await Promise.all(rows.map((o) => o.unit.load()));
    return rows
      .filter((_o, i) => reach.all || reach.sites.includes(units[i]?.site.unwrap().code ?? ''))
      .sort(byCurrentThenRecent);
  }

  /**
   * The intake desk's one box: a unit code, a phone number (or part of one), another contact or a
   * name. Up to 20 units and customers in one list, whatever names one thing exactly first. One
   * query for units and one for customers, each ranked by the database so that an exact match is
   * never cut off by the limit.
   */
  async lookup(query: string): Promise<LookupHit[]> {
    const reach = this.reach();
    const trimmed = query.trim();
    if (trimmed.length > LIMITS.maxSearchLength)
      throw badInput('query', `must be at most ${LIMITS.maxSearchLength} characters`);
    if (!trimmed || !reach) return [];
    const terms = lookupTerms(trimmed);
    const [units, customers] = await Promise.all([this.lookupUnits(reach, terms), this.lookupCustomers(reach, terms)]);
    const hits: (LookupHit & { rank: number; kind: number })[] = [
      ...units.map((unit) => {
        const exact = unit.code === terms.unitCode;
        return {
          match: LookupMatch.UNIT_CODE,
          exact,
          matchedValue: unit.code,
          unit,
          customer: null,
          rank: lookupRank(LookupMatch.UNIT_CODE, exact),
          kind: 0,
        };
      }),
      ...customers.map(({ customer, rank, contact }) => {
        const exact = rank <= 1;
        const name = customer.name.toLowerCase();
        const byName = !contact || (rank === 1 ? name === terms.text : rank === 3 && name.includes(terms.text));
        const match = byName
          ? LookupMatch.NAME
          : contact.kind === ContactKind.PHONE
            ? LookupMatch.PHONE
            : LookupMatch.CONTACT;
        return {
          match,
          exact,
          matchedValue: byName ? customer.name : contact.value,
          unit: null,
          customer,
          rank: lookupRank(match, exact),
          kind: 1,
        };
      }),
    ];
    hits.sort((a, b) => a.rank - b.rank || a.kind - b.kind);
    return hits.slice(0, LOOKUP_LIMIT).map(({ rank: _r, kind: _k, ...hit }) => hit);
  }

  private lookupUnits(reach: Reach, terms: LookupTerms): Promise<Unit[]> {
    return this.ctx.em.find(
      Unit,
      { $and: [unitScope(reach) ?? {}, { code: { $like: containsPattern(terms.unitCode) } }] },
      {
        orderBy: [
          { [raw((a) => `case when ${a}.code = ? then 0 else 1 end`, [terms.unitCode])]: 'asc' },
          { code: 'asc' },
          { id: 'asc' },
        ],
        limit: LOOKUP_LIMIT,
      },
    );
  }

  /**
   * Customers whose phone, other contact or name matches, ranked in SQL: 0 exact phone, 1 exact
   * name or contact, 2 part of a phone, 3 part of a name or contact. Also returns the contact that
   * matched best, so the desk sees which number rang the bell.
   */
  private async lookupCustomers(
    reach: Reach,
    terms: LookupTerms,
  ): Promise<{ customer: Customer; rank: number; contact: { kind: ContactKind; value: string } | null }[]> {
    const em = this.ctx.em;
    const text = terms.text;
    const textLike = containsPattern(text);
    // Without digits to look for, a value no phone's normalized form (digits only) can equal.
    const phone = terms.phone ?? '-';
    const phoneLike = terms.phone ? containsPattern(terms.phone) : '-';
    const contact = (condition: string) =>
      `exists (select 1 from customer_contact x where x.customer_id = c.id and ${condition})`;
    const rank = `case
      when ${contact(`x.kind = 'PHONE' and x.normalized = ?`)} then 0
      when lower(c.name) = ? or ${contact('x.normalized = ?')} then 1
      when ${contact(`x.kind = 'PHONE' and x.normalized like ?`)} then 2
      else 3 end`;
    const best = `(select x.kind || ' ' || x.value from customer_contact x where x.customer_id = c.id
      and ((x.kind = 'PHONE' and x.normalized like ?) or x.normalized like ?)
      order by case when x.normalized = ? or x.normalized = ? then 0 else 1 end, x.created_at limit 1)`;
    const qb = em
      .createQueryBuilder(Customer, 'c')
      .select([
        'c.*',
        raw(`${rank} as match_rank`, [phone, text, text, phoneLike]),
        raw(`${best} as matched_contact`, [phoneLike, textLike, phone, text]),
      ])
      .where({
        $and: [
          customerScope(reach) ?? {},
          { voidedAt: null },
          { $or: [{ nameLower: { $like: textLike } }, { contacts: { $some: contactMatches(terms) } }] },
        ],
      })
      .orderBy([{ [raw('match_rank')]: 'asc' }, { name: 'asc' }, { id: 'asc' }])
      .limit(LOOKUP_LIMIT);
    const rows = await qb.execute<Record<string, unknown>[]>('all', false);
    return rows.map((row) => {
      const { match_rank, matched_contact, ...columns } = row;
      const matched = typeof matched_contact === 'string' ? matched_contact : '';
      const space = matched.indexOf(' ');
      return {
        customer: em.map(Customer, columns),
        rank: Number(match_rank),
        contact: space > 0 ? { kind: matched.slice(0, space) as ContactKind, value: matched.slice(space + 1) } : null,
      };
    });
  }

  /** The file an action is about, if the viewer's grant for it reaches it; else "not found". */
  private async target(tx: EntityManager, customerId: string, permission: CustomerFilePermission): Promise<Customer> {
    const scope = customerScope(this.reach(permission));
    if (!scope) throw forbidden();
    const parsed = fromGlobalId(customerId);
    const found =
      parsed?.typename === 'Customer'
        ? await tx.findOne(Customer, { $and: [{ id: parsed.key }, scope] }, { populate: ['contacts'] })
        : null;
    if (!found) refuse('customerId', 'No such customer', UserErrorCode.NOT_FOUND);
    return found;
  }

  /** A unit within the viewer's reach for an action, or a userError on `field`. */
  private async unit(
    tx: EntityManager,
    v: Validator,
    field: string,
    unitId: string,
    permission: CustomerFilePermission,
  ): Promise<Unit | null> {
    const parsed = fromGlobalId(unitId);
    const scope = unitScope(this.reach(permission));
    const unit =
      parsed?.typename === 'Unit' && scope
        ? await tx.findOne(Unit, { $and: [{ id: parsed.key }, scope] }, { populate: ['site'] })
        : null;
    if (!unit) v.add(field, 'names no unit within your reach', UserErrorCode.NOT_FOUND);
    return unit;
  }

  /** A date of a move: valid, and not after today at the unit's site. */
  private moveDate(v: Validator, field: string, value: string, unit: Unit | null): string | null {
    const date = v.date(field, value, true);
    const site = unit?.site.getEntity() as Site | undefined;
    if (date && site && date > todayIn(site.timeZone)) v.add(field, 'is in the future', UserErrorCode.OUT_OF_RANGE);
    return date;
  }

  private validateContact(input: CustomerContactInput): { sub: Validator; value: string; normalized: string } {
    const sub = new Validator();
    const value = sub.text('value', input.value, { max: CONTACT_LIMITS.value, required: true });
    if (value && value.length <= CONTACT_LIMITS.value) {
      const problem = contactProblem(input.kind, value);
      if (problem) sub.add('value', problem, UserErrorCode.INVALID);
    }
    return { sub, value, normalized: value ? normalizeContact(input.kind, value) : '' };
  }

  create(input: CreateCustomerInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const reach = this.reach('customer_file.create');
      if (!reach) throw forbidden();
      const v = new Validator();
      const name = v.text('name', input.name, { max: CUSTOMER_LIMITS.name, required: true });
      const idCardLast4 = this.idCardLast4(v, input.idCardLast4);
      const note = v.text('note', input.note, { max: CUSTOMER_LIMITS.note });

      const given = input.contacts ?? [];
      const contacts: { kind: ContactKind; value: string; normalized: string; primary: boolean }[] = [];
      if (given.length > CUSTOMER_LIMITS.contacts) {
        v.add('contacts', `may list at most ${CUSTOMER_LIMITS.contacts}`, UserErrorCode.OUT_OF_RANGE);
      } else {
        for (const [i, c] of given.entries()) {
          const { sub, value, normalized } = this.validateContact(c);
          if (sub.ok && contacts.some((x) => x.kind === c.kind && x.normalized === normalized))
            sub.add('value', 'is listed twice', UserErrorCode.TAKEN);
          nestErrors(v, ['contacts', i], sub);
          contacts.push({ kind: c.kind, value, normalized, primary: c.primary ?? false });
        }
        if (contacts.filter((c) => c.primary).length > 1)
          v.add('contacts', 'may mark only one as primary', UserErrorCode.INVALID);
        const first = contacts.find((c) => c.kind === ContactKind.PHONE) ?? contacts[0];
        if (first && !contacts.some((c) => c.primary)) first.primary = true;
      }

      let occupancy: { unit: Unit; role: CustomerRole; fromDate: string } | null = null;
      if (input.occupancy) {
        const sub = new Validator();
        occupancy = await this.firstOccupancy(tx, sub, input.occupancy, input.kind);
        nestErrors(v, ['occupancy'], sub);
      }

      // R1's duplicate check: the same name and the same phone number is the same customer.
      const phones = contacts.filter((c) => c.kind === ContactKind.PHONE && c.normalized).map((c) => c.normalized);
      if (name && phones.length && v.ok) {
        const twin = await tx.count(Customer, {
          $and: [
            customerScope(this.reach()) ?? { id: null },
            { voidedAt: null },
            { nameLower: name.toLowerCase() },
            { contacts: { $some: { kind: ContactKind.PHONE, normalized: { $in: phones } } } },
          ],
        });
        if (twin > 0) v.add('name', 'already has a file with the same phone number', UserErrorCode.TAKEN);
      }
      v.check();

      const customer = tx.create(Customer, {
        id: randomUUID(),
        name,
        kind: input.kind,
        idCardLast4,
        note: note || null,
      });
      for (const c of contacts) {
        customer.contacts.add(
          tx.create(CustomerContact, {
            id: randomUUID(),
            customer,
            kind: c.kind,
            value: c.value,
            normalized: c.normalized,
            primary: c.primary,
          }),
        );
      }
      let moved: Record<string, unknown> = {};
      if (occupancy) {
        const o = tx.create(Occupancy, {
          id: randomUUID(),
          unit: occupancy.unit,
          customer,
          role: occupancy.role,
          fromDate: occupancy.fromDate,
        });
        moved = occupancySnapshot(o, occupancy.unit);
      }
      record(audit, 'customer.create', customer, null, { ...snapshot(customer), ...moved });
      return customer;
    });
  }

  private async firstOccupancy(
    tx: EntityManager,
    v: Validator,
    input: FirstOccupancyInput,
    kind: CustomerRole,
  ): Promise<{ unit: Unit; role: CustomerRole; fromDate: string } | null> {
    const unit = await this.unit(tx, v, 'unitId', input.unitId, 'customer_file.create');
    const fromDate = this.moveDate(v, 'fromDate', input.fromDate, unit);
    return unit && fromDate ? { unit, role: input.role ?? kind, fromDate } : null;
  }

  private idCardLast4(v: Validator, value: string | null | undefined): string | null {
    const last4 = v.text('idCardLast4', value, { max: CUSTOMER_LIMITS.idCardLast4 }).toUpperCase();
    if (last4.length <= CUSTOMER_LIMITS.idCardLast4)
      v.pattern('idCardLast4', last4, ID_CARD_LAST4, 'must be the last 4 characters of an ID card: digits, X last');
    return last4 || null;
  }

  update(input: UpdateCustomerInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const customer = await this.target(tx, input.customerId, 'customer_file.handle');
      const before = snapshot(customer);
      const v = new Validator();
      if (customer.voidedAt) v.add('customerId', 'is voided', UserErrorCode.INVALID_TRANSITION);
      if (input.name != null) customer.name = v.text('name', input.name, { max: CUSTOMER_LIMITS.name, required: true });
      if (input.kind != null) customer.kind = input.kind;
      if (input.idCardLast4 != null) customer.idCardLast4 = this.idCardLast4(v, input.idCardLast4);
      if (input.note != null) customer.note = v.text('note', input.note, { max: CUSTOMER_LIMITS.note }) || null;
      v.check();
      record(audit, 'customer.update', customer, before, snapshot(customer));
      return customer;
    });
  }

  addContact(input: AddCustomerContactInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const customer = await this.target(tx, input.customerId, 'customer_file.handle');
      const before = snapshot(customer);
      const v = new Validator();
      if (customer.voidedAt) v.add('customerId', 'is voided', UserErrorCode.INVALID_TRANSITION);
      const existing = customer.contacts.getItems();
      if (existing.length >= CUSTOMER_LIMITS.contacts)
        v.add(
          'customerId',
          `already has ${CUSTOMER_LIMITS.contacts} contacts, the most a file holds`,
          UserErrorCode.OUT_OF_RANGE,
        );
      const { sub, value, normalized } = this.validateContact(input);
      for (const e of sub.errors) v.errors.push(e);
      if (sub.ok && existing.some((c) => c.kind === input.kind && c.normalized === normalized))
        v.add('value', 'is already one of their contacts', UserErrorCode.TAKEN);
      v.check();
      const primary = (input.primary ?? false) || !existing.some((c) => c.primary);
      if (primary) for (const c of existing) c.primary = false;
      const contact = tx.create(CustomerContact, {
        id: randomUUID(),
        customer,
        kind: input.kind,
        value,
        normalized,
        primary,
      });
      customer.contacts.add(contact);
      customer.updatedAt = new Date();
      record(audit, 'customer.add_contact', customer, before, snapshot(customer));
      return { customer, contact };
    });
  }

  moveIn(input: MoveInInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const customer = await this.target(tx, input.customerId, 'customer_file.handle');
      const v = new Validator();
      if (customer.voidedAt) v.add('customerId', 'is voided', UserErrorCode.INVALID_TRANSITION);
      const unit = await this.unit(tx, v, 'unitId', input.unitId, 'customer_file.handle');
      const fromDate = this.moveDate(v, 'fromDate', input.fromDate, unit);
      const note = v.text('note', input.note, { max: OCCUPANCY_LIMITS.note });
      if (unit && fromDate) {
        // Their time there is open-ended from `fromDate`: it may not overlap a time already recorded.
        const overlapping = await tx.count(Occupancy, {
          customer: customer.id,
          unit: unit.id,
          $or: [{ toDate: null }, { toDate: { $gt: fromDate } }, { fromDate: { $gte: fromDate } }],
        });
        if (overlapping > 0) v.add('unitId', 'overlaps a time already recorded for them there', UserErrorCode.CONFLICT);
      }
      v.check();
      const occupancy = tx.create(Occupancy, {
        id: randomUUID(),
        unit: unit as Unit,
        customer,
        role: input.role,
        fromDate: fromDate as string,
        note: note || null,
      });
      customer.updatedAt = new Date();
      record(audit, 'customer.move_in', customer, null, occupancySnapshot(occupancy, unit as Unit));
      return occupancy;
    });
  }

  moveOut(input: MoveOutInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const scope = occupancyScope(this.reach('customer_file.handle'));
      if (!scope) throw forbidden();
      const parsed = fromGlobalId(input.occupancyId);
      const occupancy =
        parsed?.typename === 'Occupancy'
          ? await tx.findOne(Occupancy, { $and: [{ id: parsed.key }, scope] }, { populate: ['unit.site', 'customer'] })
          : null;
      if (!occupancy) refuse('occupancyId', 'No such occupancy', UserErrorCode.NOT_FOUND);
      const unit = occupancy.unit.getEntity();
      const before = occupancySnapshot(occupancy, unit);
      const v = new Validator();
      if (occupancy.toDate !== null)
        v.add('occupancyId', `has already ended (${occupancy.toDate})`, UserErrorCode.INVALID_TRANSITION);
      const toDate = this.moveDate(v, 'toDate', input.toDate, unit);
      if (toDate && toDate < occupancy.fromDate)
        v.add('toDate', `is before they moved in (${occupancy.fromDate})`, UserErrorCode.OUT_OF_RANGE);
      const note = v.text('note', input.note, { max: OCCUPANCY_LIMITS.note });
      v.check();
      occupancy.toDate = toDate;
      if (note) occupancy.note = note;
      const customer = occupancy.customer.getEntity();
      customer.updatedAt = new Date();
      record(audit, 'customer.move_out', customer, before, occupancySnapshot(occupancy, unit));
      return occupancy;
    });
  }

  void(input: VoidCustomerInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const customer = await this.target(tx, input.customerId, 'customer_file.handle');
      const before = snapshot(customer);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: CUSTOMER_LIMITS.reason, required: true });
      if (customer.voidedAt) v.add('customerId', 'is already voided', UserErrorCode.INVALID_TRANSITION);
      v.check();
      customer.voidedAt = new Date();
      customer.voidReason = reason;
      record(audit, 'customer.void', customer, before, snapshot(customer));
      return customer;
    });
  }
}

/** Contacts that match a lookup: any contact containing the text, or a phone containing the digits. */
function contactMatches(terms: LookupTerms): FilterQuery<CustomerContact> {
  const text = { normalized: { $like: containsPattern(terms.text) } };
  return terms.phone
    ? { $or: [text, { kind: ContactKind.PHONE, normalized: { $like: containsPattern(terms.phone) } }] }
    : text;
}
