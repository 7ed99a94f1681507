import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCustomerInput, CustomerPageQuery, CustomerTestUnitsQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import {
  currentOccupancyIdOf,
  customerFileRows,
  customerIdOf,
  DEMO_CUSTOMER_ANCHORS as DEMO,
  newCustomer,
  newPhone,
  unitIdOf,
} from '../support/customers.js';
import { unique } from '../support/factories.js';
import { auditCount } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, type TestSteward } from '../support/steward.js';

const Buildings = graphql(`
  query CustomerTestBuildings($siteCode: String) {
    buildings(siteCode: $siteCode) { id code name site { code } }
  }
`);

const Units = graphql(`
  query CustomerTestUnits($filter: UnitFilter, $first: Int, $after: String) {
    units(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id code floor area usage site { code } building { code } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const UnitById = graphql(`
  query CustomerTestUnit($id: ID!) {
    unit(id: $id) {
      id
      code
      currentOccupants { id role fromDate customer { name } }
      occupancies { id role fromDate toDate current customer { name voided } }
    }
  }
`);

const CustomerPage = graphql(`
  query CustomerPage($filter: CustomerFilter, $first: Int, $after: String) {
    customers(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id name kind voided }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CustomerById = graphql(`
  query CustomerTestCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      kind
      idCardLast4
      note
      voided
      voidReason
      contacts { id kind value primary }
      occupancies { id role fromDate toDate current unit { code site { code } } }
    }
  }
`);

const AnyNode = graphql(`
  query CustomerTestNode($id: ID!) {
    node(id: $id) {
      id
      ... on Customer { name }
      ... on Unit { code }
      ... on Building { code }
      ... on Occupancy { fromDate }
      ... on CustomerContact { value }
    }
  }
`);

const Lookup = graphql(`
  query CustomerTestLookup($query: String!) {
    customerLookup(query: $query) {
      match
      exact
      matchedValue
      unit { id code currentOccupants { role customer { name } } }
      customer { id name }
    }
  }
`);

const CreateBuilding = graphql(`
  mutation CustomerTestCreateBuilding($input: CreateBuildingInput!) {
    createBuilding(input: $input) { building { id code name site { code } } userErrors { field message code } }
  }
`);

const CreateUnit = graphql(`
  mutation CustomerTestCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit { id code floor area usage note building { code } site { code } }
      userErrors { field message code }
    }
  }
`);

const CreateCustomer = graphql(`
  mutation CustomerTestCreate($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        name
        kind
        idCardLast4
        contacts { kind value primary }
        occupancies { role fromDate toDate current unit { code } }
      }
      userErrors { field message code }
    }
  }
`);

const UpdateCustomer = graphql(`
  mutation CustomerTestUpdate($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) { customer { id name kind idCardLast4 note } userErrors { field message code } }
  }
`);

const AddContact = graphql(`
  mutation CustomerTestAddContact($input: AddCustomerContactInput!) {
    addCustomerContact(input: $input) {
      contact { id kind value primary }
      customer { id contacts { value primary } }
      userErrors { field message code }
    }
  }
`);

const MoveIn = graphql(`
  mutation CustomerTestMoveIn($input: MoveInInput!) {
    moveIn(input: $input) {
      occupancy { id role fromDate toDate current unit { code } customer { name } }
      userErrors { field message code }
    }
  }
`);

const MoveOut = graphql(`
  mutation CustomerTestMoveOut($input: MoveOutInput!) {
    moveOut(input: $input) { occupancy { id fromDate toDate current note } userErrors { field message code } }
  }
`);

const VoidCustomer = graphql(`
  mutation CustomerTestVoid($input: VoidCustomerInput!) {
    voidCustomer(input: $input) { customer { id voided voidReason } userErrors { field message code } }
  }
`);

let steward: TestSteward;
let cs: Client;
let cs2: Client;
let leader: Client;
let director: Client;
let officer: Client;
let manager: Client;
let unit3_1201: string;
let unitA1202: string;
beforeAll(async () => {
  steward = await startTestSteward();
  cs = await steward.login('cs');
  cs2 = await steward.login('cs2');
  leader = await steward.login('leader');
  director = await steward.login('director');
  officer = await steward.login('officer');
  manager = await steward.login('manager');
  unit3_1201 = await unitIdOf(steward, 'CUIHU', DEMO.unit.code);
  unitA1202 = await unitIdOf(steward, 'JINQIAO', DEMO.office.code);
});
afterAll(() => steward?.close());

/** The `extensions.code` of each error of a typed response. */
const codes = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.code);

/** Every customer a client can list with a filter, page by page. */
async function allCustomers(client: Client, filter: Record<string, unknown> | null = null) {
  const names: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const res: GqlResponse<CustomerPageQuery> = await client.gql(CustomerPage, { first: 50, after, filter });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data?.customers;
    if (!page) throw new Error('no page');
    totalCount = page.totalCount;
    names.push(...page.nodes.map((n) => n.name));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  return { names, totalCount };
}

/** Runs a refused mutation and checks it names the field, with nothing written and nothing audited. */
async function expectRefused(
  call: () => Promise<GqlResponse<Record<string, { userErrors: { field?: string[] | null; code: string }[] } | null>>>,
  field: string[],
  code: string,
) {
  const [rows, events] = [await customerFileRows(steward), await auditCount(steward)];
  const res = await call();
  expect(res.status).toBe(200);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const payload = Object.values(res.body.data ?? {})[0];
  const errors = payload?.userErrors ?? [];
  expect(errors, JSON.stringify(errors)).toContainEqual(expect.objectContaining({ field, code }));
  expect(await customerFileRows(steward)).toEqual(rows);
  expect(await auditCount(steward)).toBe(events);
}

describe('demo customer files', () => {
  it('has buildings at both sites, about 60 units and about 80 customers, with history', async () => {
    const { body } = await cs.gql(Buildings, {});
    expect(body.data?.buildings.map((b) => `${b.site.code}/${b.code}`)).toEqual([
      'CUIHU/1',
      'CUIHU/2',
      'CUIHU/3',
      'JINQIAO/A',
    ]);
    const units = await cs.gql(Units, { first: 1 });
    expect(units.body.data?.units.totalCount).toBe(60);
    const customers = await allCustomers(cs);
    expect(customers.totalCount).toBeGreaterThanOrEqual(70);
    expect(customers.totalCount).toBeLessThanOrEqual(90);
    const one = await cs.gql(UnitById, { id: unit3_1201 });
    expect(one.body.data?.unit).toMatchObject({
      code: '3-1201',
      currentOccupants: [
        { role: 'OWNER', customer: { name: DEMO.owner.name } },
        { role: 'TENANT', customer: { name: DEMO.tenant.name } },
      ],
    });
    // Current first, then the most recent; the earlier tenant has moved out.
    const history = one.body.data?.unit?.occupancies ?? [];
    expect(history.map((o) => o.current)).toEqual([true, true, false]);
    expect(history[2]).toMatchObject({ role: 'TENANT', toDate: '2023-12-31' });
  });
});

describe('allowed: customer service keeps the files', () => {
  it('adds a building and a unit, and refuses a unit code already used in that building', async () => {
    const building = await cs.gql(CreateBuilding, { input: { siteCode: 'CUIHU', code: ' 5 ', name: '5栋' } });
    expect(building.body.data?.createBuilding).toMatchObject({
      building: { code: '5', name: '5栋', site: { code: 'CUIHU' } },
      userErrors: [],
    });
    const buildingId = building.body.data?.createBuilding.building?.id as string;
    const unit = await cs.gql(CreateUnit, {
      input: { buildingId, code: '5-0801 ', floor: 8, area: 96.456, usage: 'RESIDENTIAL', note: '朝南' },
    });
    expect(unit.body.data?.createUnit).toMatchObject({
      unit: { code: '5-0801', floor: 8, area: 96.46, usage: 'RESIDENTIAL', note: '朝南', building: { code: '5' } },
      userErrors: [],
    });
    // The same code, even typed in another case, is refused: nothing written.
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId, code: '5-0801' } }),
      ['input', 'code'],
      'TAKEN',
    );
    await expectRefused(
      () => cs.gql(CreateBuilding, { input: { siteCode: 'CUIHU', code: '5', name: 'again' } }),
      ['input', 'code'],
      'TAKEN',
    );
    // A unit code may repeat in another building.
    const other = (await cs.gql(Buildings, { siteCode: 'CUIHU' })).body.data?.buildings.find((b) => b.code === '1');
    const elsewhere = await cs.gql(CreateUnit, { input: { buildingId: other?.id as string, code: '5-0801' } });
    expect(elsewhere.body.data?.createUnit.userErrors).toEqual([]);
  });

  it('opens a file with contacts and a unit, edits it, adds a contact, moves them out and in again', async () => {
    const phone = newPhone();
    const created = await cs.gql(CreateCustomer, {
      input: {
        name: ' 赵一鸣 ',
        kind: 'TENANT',
        idCardLast4: '123x',
        contacts: [
          { kind: 'EMAIL', value: 'Zhao@Example.com' },
          { kind: 'PHONE', value: phone },
        ],
        occupancy: { unitId: unit3_1201, fromDate: '2025-01-15' },
      },
    });
    const customer = created.body.data?.createCustomer.customer;
    expect(created.body.data?.createCustomer.userErrors).toEqual([]);
    expect(customer).toMatchObject({
      name: '赵一鸣',
      kind: 'TENANT',
      idCardLast4: '123X',
      // The phone is primary (none was marked), and listed first.
      contacts: [
        { kind: 'PHONE', value: phone, primary: true },
        { kind: 'EMAIL', value: 'Zhao@Example.com', primary: false },
      ],
      occupancies: [{ role: 'TENANT', fromDate: '2025-01-15', toDate: null, current: true, unit: { code: '3-1201' } }],
    });
    const id = customer?.id as string;

    const events = await auditCount(steward);
    const updated = await cs.gql(UpdateCustomer, { input: { customerId: id, name: '赵一明', note: '晚上联系' } });
    expect(updated.body.data?.updateCustomer).toMatchObject({
      customer: { name: '赵一明', note: '晚上联系', idCardLast4: '123X' },
      userErrors: [],
    });
    const cleared = await cs.gql(UpdateCustomer, { input: { customerId: id, idCardLast4: '', note: '' } });
    expect(cleared.body.data?.updateCustomer.customer).toMatchObject({ idCardLast4: null, note: null });

    const added = await cs.gql(AddContact, {
      input: { customerId: id, kind: 'WECHAT', value: 'zhao_ym', primary: true },
    });
    expect(added.body.data?.addCustomerContact).toMatchObject({
      contact: { kind: 'WECHAT', value: 'zhao_ym', primary: true },
      userErrors: [],
    });
    expect(added.body.data?.addCustomerContact.customer?.contacts.map((c) => c.primary)).toEqual([true, false, false]);

    const occupancyId = await currentOccupancyIdOf(steward, id, unit3_1201);
    const out = await cs.gql(MoveOut, { input: { occupancyId, toDate: '2025-06-30', note: '提前退租' } });
    expect(out.body.data?.moveOut).toMatchObject({
      occupancy: { toDate: '2025-06-30', current: false, note: '提前退租' },
      userErrors: [],
    });
    const back = await cs.gql(MoveIn, {
      input: { customerId: id, unitId: unitA1202, role: 'OCCUPANT', fromDate: '2025-07-01' },
    });
    expect(back.body.data?.moveIn).toMatchObject({
      occupancy: { role: 'OCCUPANT', current: true, unit: { code: 'A-1202' }, customer: { name: '赵一明' } },
      userErrors: [],
    });
    // One audit event per change, each on the customer's file, in customer service's department.
    expect(await auditCount(steward)).toBe(events + 5);
    for (const action of ['customer.update', 'customer.add_contact', 'customer.move_out', 'customer.move_in']) {
      expect(await auditCount(steward, { action }), action).toBeGreaterThanOrEqual(1);
    }

    const file = await cs.gql(CustomerById, { id });
    expect(file.body.data?.customer?.occupancies.map((o) => [o.unit.code, o.current])).toEqual([
      ['A-1202', true],
      ['3-1201', false],
    ]);
  });

  it('voids a file with the reason: gone from lists and lookups by default, still readable by id', async () => {
    const person = await newCustomer(cs, {
      occupancy: { unitId: unit3_1201, fromDate: '2024-05-01', role: 'OCCUPANT' },
    });
    const voided = await cs.gql(VoidCustomer, { input: { customerId: person.id, reason: '重复建档' } });
    expect(voided.body.data?.voidCustomer).toMatchObject({
      customer: { voided: true, voidReason: '重复建档' },
      userErrors: [],
    });
    expect((await allCustomers(cs, { search: person.name })).names).toEqual([]);
    expect((await allCustomers(cs, { search: person.name, includeVoided: true })).names).toEqual([person.name]);
    expect((await cs.gql(Lookup, { query: person.phone })).body.data?.customerLookup).toEqual([]);
    expect((await cs.gql(CustomerById, { id: person.id })).body.data?.customer?.voided).toBe(true);
    // No longer a current occupant of the unit, though the history keeps them.
    const unit = (await cs.gql(UnitById, { id: unit3_1201 })).body.data?.unit;
    expect(unit?.currentOccupants.map((o) => o.customer.name)).not.toContain(person.name);
    expect(unit?.occupancies.map((o) => o.customer.name)).toContain(person.name);
    // A voided file takes no more changes.
    await expectRefused(
      () => cs.gql(UpdateCustomer, { input: { customerId: person.id, name: 'x' } }),
      ['input', 'customerId'],
      'INVALID_TRANSITION',
    );
    await expectRefused(
      () => cs.gql(VoidCustomer, { input: { customerId: person.id, reason: 'again' } }),
      ['input', 'customerId'],
      'INVALID_TRANSITION',
    );
  });

  it('lets customer service of the other site (cs2) keep every file: the department reaches them all', async () => {
    const file = await cs2.gql(CustomerById, { id: await customerIdOf(steward, DEMO.owner.name) });
    expect(file.body.data?.customer?.name).toBe(DEMO.owner.name);
    const person = await newCustomer(cs2, { occupancy: { unitId: unit3_1201, fromDate: '2024-02-02' } });
    expect(person.id).toBeTruthy();
  });
});

describe('search', () => {
  it('finds by part of the name, a phone in any format, or a unit code', async () => {
    expect((await allCustomers(cs, { search: '志远' })).names).toEqual([DEMO.owner.name]);
    expect((await allCustomers(cs, { search: '139-1234-5678' })).names).toEqual([DEMO.owner.name]);
    expect((await allCustomers(cs, { search: '+86 139 1234 5678' })).names).toEqual([DEMO.owner.name]);
    const atUnit = await allCustomers(cs, { search: '3-1201' });
    expect(atUnit.names).toEqual(expect.arrayContaining([DEMO.owner.name, DEMO.tenant.name]));
    expect(atUnit.totalCount).toBe(atUnit.names.length);
    const tenants = await allCustomers(cs, { search: '3-1201', kind: 'TENANT' });
    expect(tenants.names).toContain(DEMO.tenant.name);
    expect(tenants.names).not.toContain(DEMO.owner.name);
    const jinqiao = await allCustomers(cs, { siteCode: 'JINQIAO' });
    expect(jinqiao.names).toContain(DEMO.office.tenant);
    expect(jinqiao.names).not.toContain(DEMO.owner.name);
  });

  it('lookup: an exact phone number comes first, with what matched', async () => {
    const { body } = await cs.gql(Lookup, { query: DEMO.tenant.phone.replace(/\s/g, '') });
    expect(body.data?.customerLookup[0]).toMatchObject({
      match: 'PHONE',
      exact: true,
      matchedValue: DEMO.tenant.phone,
      customer: { name: DEMO.tenant.name },
    });
  });

  it('lookup: an exact unit code comes first, with who lives there; part of one finds more', async () => {
    const { body } = await cs.gql(Lookup, { query: '3-1201' });
    const hits = body.data?.customerLookup ?? [];
    expect(hits[0]).toMatchObject({ match: 'UNIT_CODE', exact: true, unit: { code: '3-1201' } });
    expect(hits[0]?.unit?.currentOccupants.map((o) => o.customer.name)).toEqual(
      expect.arrayContaining([DEMO.owner.name, DEMO.tenant.name]),
    );
    // Part of a code: every unit with it, by code, before customers whose phone merely contains it.
    const partial = (await cs.gql(Lookup, { query: '1201' })).body.data?.customerLookup ?? [];
    expect(partial.slice(0, 4).map((h) => [h.match, h.exact, h.unit?.code])).toEqual([
      ['UNIT_CODE', false, '1-1201'],
      ['UNIT_CODE', false, '2-1201'],
      ['UNIT_CODE', false, '3-1201'],
      ['UNIT_CODE', false, 'A-1201'],
    ]);
    for (const hit of partial.slice(4)) {
      expect(hit, JSON.stringify(hit)).toMatchObject({ match: 'PHONE', exact: false, unit: null });
      expect(hit.matchedValue.replace(/\D/g, '')).toContain('1201');
    }
    // Lower case and spaces are forgiven.
    const office = (await cs.gql(Lookup, { query: ' a-1202 ' })).body.data?.customerLookup ?? [];
    expect(office[0]).toMatchObject({ exact: true, unit: { code: 'A-1202' } });
  });

  it('lookup: a name, or part of one, and another contact', async () => {
    const exact = (await cs.gql(Lookup, { query: DEMO.owner.name })).body.data?.customerLookup ?? [];
    expect(exact[0]).toMatchObject({ match: 'NAME', exact: true, customer: { name: DEMO.owner.name } });
    // The commonest surname among the files: part of many names.
    const [common] = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ s: string; n: number }[]>(
        'select substr(name, 1, 1) as s, count(*) as n from customer where voided_at is null group by s order by n desc limit 1',
      );
    const surname = common?.s ?? '-';
    const part = (await cs.gql(Lookup, { query: surname })).body.data?.customerLookup ?? [];
    expect(part.length).toBeGreaterThan(1);
    expect(part.length).toBeLessThanOrEqual(20);
    expect(part.every((h) => h.match === 'NAME' && !h.exact && h.customer?.name.includes(surname))).toBe(true);
    const wechat = (await cs.gql(Lookup, { query: 'chen_zhiyuan' })).body.data?.customerLookup ?? [];
    expect(wechat[0]).toMatchObject({ match: 'CONTACT', exact: true, customer: { name: DEMO.owner.name } });
    expect((await cs.gql(Lookup, { query: '   ' })).body.data?.customerLookup).toEqual([]);
    expect((await cs.gql(Lookup, { query: 'nobody-by-this-name' })).body.data?.customerLookup).toEqual([]);
  });

  it('lookup: never more than 20 hits, exact ones never cut off', async () => {
    const { body } = await cs.gql(Lookup, { query: '1' });
    expect(body.data?.customerLookup).toHaveLength(20);
    const res = await cs.gql(Lookup, { query: 'x'.repeat(101) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.field).toEqual(['query']);
  });

  it('pages units with keyset cursors, by code, consistent with totalCount', async () => {
    const seen: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<CustomerTestUnitsQuery> = await cs.gql(Units, {
        first: 7,
        after,
        filter: { siteCode: 'CUIHU' },
      });
      const page = res.body.data?.units;
      if (!page) throw new Error(JSON.stringify(res.body));
      seen.push(...page.nodes.map((n) => n.code));
      ids.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen).toEqual([...seen].sort());
    expect((await cs.gql(Units, { first: 1, filter: { siteCode: 'CUIHU' } })).body.data?.units.totalCount).toBe(
      seen.length,
    );
  });
});

describe('denied', () => {
  it('an officer may not read or change customer files: FORBIDDEN, nothing written', async () => {
    const rows = await customerFileRows(steward);
    for (const res of [
      await officer.gql(CustomerPage, { first: 5 }),
      await officer.gql(Lookup, { query: '3-1201' }),
      await officer.gql(UnitById, { id: unit3_1201 }),
      await officer.gql(CreateCustomer, { input: { name: '越权', kind: 'OWNER' } }),
      await officer.gql(CreateBuilding, { input: { siteCode: 'CUIHU', code: '9', name: '9栋' } }),
    ]) {
      expect(codes(res.body)).toEqual(['FORBIDDEN']);
    }
    expect(await customerFileRows(steward)).toEqual(rows);
  });

  it('the shift leader (read only) may look up but not change: FORBIDDEN', async () => {
    const id = await customerIdOf(steward, DEMO.owner.name);
    expect((await leader.gql(CustomerById, { id })).body.data?.customer?.name).toBe(DEMO.owner.name);
    for (const res of [
      await leader.gql(UpdateCustomer, { input: { customerId: id, name: '改名' } }),
      await leader.gql(VoidCustomer, { input: { customerId: id, reason: 'r' } }),
      await leader.gql(CreateCustomer, { input: { name: '越权', kind: 'OWNER' } }),
      await leader.gql(MoveIn, {
        input: { customerId: id, unitId: unit3_1201, role: 'OWNER', fromDate: '2024-01-01' },
      }),
    ]) {
      expect(codes(res.body)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('out of scope is indistinguishable from missing', () => {
  it('the shift leader (SITE, CUIHU) sees CUIHU files only: lists, counts, by id, node(), lookup', async () => {
    const tenantId = await customerIdOf(steward, DEMO.office.tenant);
    const landlordId = await customerIdOf(steward, '金桥置业有限公司');
    const mine = await allCustomers(leader);
    const all = await allCustomers(cs);
    const jinqiaoOnly = (await allCustomers(cs, { siteCode: 'JINQIAO' })).names.filter((n) => !mine.names.includes(n));
    expect(jinqiaoOnly).toContain(DEMO.office.tenant);
    expect(mine.names).not.toContain(DEMO.office.tenant);
    expect(mine.names).toContain(DEMO.owner.name);
    expect(mine.totalCount).toBe(mine.names.length);
    expect(mine.totalCount).toBeLessThan(all.totalCount);

    for (const id of [tenantId, landlordId, unitA1202]) {
      expect((await leader.gql(AnyNode, { id })).body).toEqual({ data: { node: null }, extensions: expect.anything() });
    }
    expect((await leader.gql(CustomerById, { id: tenantId })).body).toEqual({
      data: { customer: null },
      extensions: expect.anything(),
    });
    expect((await leader.gql(UnitById, { id: unitA1202 })).body).toEqual({
      data: { unit: null },
      extensions: expect.anything(),
    });
    expect((await leader.gql(Lookup, { query: DEMO.office.code })).body.data?.customerLookup).toEqual([]);
    expect((await leader.gql(Lookup, { query: DEMO.office.phone })).body.data?.customerLookup).toEqual([]);
    expect((await allCustomers(leader, { search: DEMO.office.tenant })).totalCount).toBe(0);
    // Customers the leader may see who also live at JINQIAO are not found through it either.
    expect((await allCustomers(cs, { siteCode: 'JINQIAO', search: '赵一明' })).totalCount).toBe(1);
    expect((await allCustomers(leader, { search: '赵一明' })).totalCount).toBe(1);
    expect((await allCustomers(leader, { siteCode: 'JINQIAO' })).totalCount).toBe(0);
    expect((await allCustomers(leader, { search: DEMO.office.code })).totalCount).toBe(0);
    const units = await leader.gql(Units, { first: 100 });
    expect(units.body.data?.units.nodes.every((u) => u.site.code === 'CUIHU')).toBe(true);
    const [cuihu] = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>("select count(*) as n from unit where site_code = 'CUIHU'");
    expect(units.body.data?.units.totalCount).toBe(Number(cuihu?.n));
    const buildings = (await leader.gql(Buildings, {})).body.data?.buildings ?? [];
    expect(buildings.map((b) => b.site.code)).not.toContain('JINQIAO');
    expect(buildings.map((b) => b.code)).toEqual(expect.arrayContaining(['1', '2', '3']));
  });

  it('a customer at both sites shows the shift leader only their CUIHU unit', async () => {
    const person = await newCustomer(cs, { occupancy: { unitId: unit3_1201, fromDate: '2024-01-01', role: 'OWNER' } });
    await cs.gql(MoveIn, {
      input: { customerId: person.id, unitId: unitA1202, role: 'TENANT', fromDate: '2024-02-01' },
    });
    const seen = (await leader.gql(CustomerById, { id: person.id })).body.data?.customer;
    expect(seen?.occupancies.map((o) => o.unit.code)).toEqual(['3-1201']);
    const whole = (await cs.gql(CustomerById, { id: person.id })).body.data?.customer;
    expect(whole?.occupancies.map((o) => o.unit.code).sort()).toEqual(['3-1201', 'A-1202']);
    // The JINQIAO occupancy itself, by id: as if it did not exist.
    const occupancyId = await currentOccupancyIdOf(steward, person.id, unitA1202);
    expect((await leader.gql(AnyNode, { id: occupancyId })).body).toEqual({
      data: { node: null },
      extensions: expect.anything(),
    });
    expect((await cs.gql(AnyNode, { id: occupancyId })).body.data?.node?.id).toBe(occupancyId);
  });

  it('a director (DEPARTMENT reach, not customer service) reaches no files; the manager (ALL) every one', async () => {
    const id = await customerIdOf(steward, DEMO.owner.name);
    expect(await allCustomers(director)).toEqual({ names: [], totalCount: 0 });
    expect((await director.gql(CustomerById, { id })).body).toEqual({
      data: { customer: null },
      extensions: expect.anything(),
    });
    expect((await director.gql(Lookup, { query: '3-1201' })).body.data?.customerLookup).toEqual([]);
    expect((await director.gql(Buildings, {})).body.data?.buildings).toEqual([]);
    expect((await manager.gql(CustomerById, { id })).body.data?.customer?.name).toBe(DEMO.owner.name);
    expect((await allCustomers(manager)).totalCount).toBe((await allCustomers(cs)).totalCount);
  });
});

describe('bad input: userErrors naming the field, nothing written', () => {
  const base = (): CreateCustomerInput => ({ name: `新客户${unique()}`, kind: 'OWNER' });
  const cases: [string, () => Partial<CreateCustomerInput>, string[], string][] = [
    ['a missing name', () => ({ name: '  ' }), ['input', 'name'], 'REQUIRED'],
    ['an over-long name', () => ({ name: '名'.repeat(51) }), ['input', 'name'], 'TOO_LONG'],
    ['an over-long note', () => ({ note: 'n'.repeat(501) }), ['input', 'note'], 'TOO_LONG'],
    ['ID digits that are not', () => ({ idCardLast4: '12a4' }), ['input', 'idCardLast4'], 'INVALID'],
    ['too many ID digits', () => ({ idCardLast4: '12345' }), ['input', 'idCardLast4'], 'TOO_LONG'],
    [
      'an over-long contact',
      () => ({ contacts: [{ kind: 'OTHER', value: 'x'.repeat(101) }] }),
      ['input', 'contacts', '0', 'value'],
      'TOO_LONG',
    ],
    [
      'a phone that is not one',
      () => ({
        contacts: [
          { kind: 'PHONE', value: newPhone() },
          { kind: 'PHONE', value: 'call me' },
        ],
      }),
      ['input', 'contacts', '1', 'value'],
      'INVALID',
    ],
    [
      'a contact listed twice',
      () => {
        const phone = newPhone();
        return {
          contacts: [
            { kind: 'PHONE', value: phone },
            { kind: 'PHONE', value: `+86 ${phone}` },
          ],
        };
      },
      ['input', 'contacts', '1', 'value'],
      'TAKEN',
    ],
    [
      'an unknown unit',
      () => ({ occupancy: { unitId: 'VW5pdDpub3BlIQ', fromDate: '2024-01-01' } }),
      ['input', 'occupancy', 'unitId'],
      'NOT_FOUND',
    ],
    [
      'a move-in date that is not a date',
      () => ({ occupancy: { unitId: unit3_1201, fromDate: '2024-02-30' } }),
      ['input', 'occupancy', 'fromDate'],
      'INVALID',
    ],
    [
      'a move-in in the future',
      () => ({ occupancy: { unitId: unit3_1201, fromDate: '2999-01-01' } }),
      ['input', 'occupancy', 'fromDate'],
      'OUT_OF_RANGE',
    ],
    [
      'the same name and phone as an existing file',
      () => ({ name: DEMO.owner.name, contacts: [{ kind: 'PHONE', value: DEMO.owner.phone }] }),
      ['input', 'name'],
      'TAKEN',
    ],
  ];

  it.each(cases)('createCustomer refuses %s', async (_label, change, field, code) => {
    await expectRefused(() => cs.gql(CreateCustomer, { input: { ...base(), ...change() } }), field, code);
  });

  it('names every problem at once, with messages that start with the field', async () => {
    const res = await cs.gql(CreateCustomer, {
      input: { name: '', kind: 'OWNER', note: 'n'.repeat(501), contacts: [{ kind: 'EMAIL', value: 'nope' }] },
    });
    const errors = res.body.data?.createCustomer.userErrors ?? [];
    expect(errors.map((e) => e.field?.join('.'))).toEqual(['input.name', 'input.note', 'input.contacts.0.value']);
    expect(errors.map((e) => e.message)).toEqual([
      'name is required',
      'note must be at most 500 characters',
      'contacts[0].value must be an e-mail address',
    ]);
  });

  it('refuses buildings and units with missing, over-long or unknown fields', async () => {
    await expectRefused(
      () => cs.gql(CreateBuilding, { input: { siteCode: 'ATLANTIS', code: '1', name: 'x' } }),
      ['input', 'siteCode'],
      'NOT_FOUND',
    );
    await expectRefused(
      () => cs.gql(CreateBuilding, { input: { siteCode: 'CUIHU', code: 'c'.repeat(17), name: 'x' } }),
      ['input', 'code'],
      'TOO_LONG',
    );
    await expectRefused(
      () => cs.gql(CreateBuilding, { input: { siteCode: 'CUIHU', code: '7', name: '' } }),
      ['input', 'name'],
      'REQUIRED',
    );
    const buildingId = (await cs.gql(Buildings, { siteCode: 'CUIHU' })).body.data?.buildings[0]?.id as string;
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId: 'QnVpbGRpbmc6bm9wZQ', code: '1-1' } }),
      ['input', 'buildingId'],
      'NOT_FOUND',
    );
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId, code: '1 #1' } }),
      ['input', 'code'],
      'INVALID',
    );
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId, code: 'u'.repeat(21) } }),
      ['input', 'code'],
      'TOO_LONG',
    );
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId, code: '1-9999', floor: 400 } }),
      ['input', 'floor'],
      'OUT_OF_RANGE',
    );
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId, code: '1-9999', area: -3 } }),
      ['input', 'area'],
      'OUT_OF_RANGE',
    );
    await expectRefused(
      () => cs.gql(CreateUnit, { input: { buildingId, code: '1-9999', note: 'n'.repeat(501) } }),
      ['input', 'note'],
      'TOO_LONG',
    );
  });

  it('refuses a move-out before the move-in, in the future, or twice', async () => {
    const person = await newCustomer(cs, { occupancy: { unitId: unit3_1201, fromDate: '2024-03-10' } });
    const occupancyId = await currentOccupancyIdOf(steward, person.id, unit3_1201);
    await expectRefused(
      () => cs.gql(MoveOut, { input: { occupancyId, toDate: '2024-03-09' } }),
      ['input', 'toDate'],
      'OUT_OF_RANGE',
    );
    await expectRefused(
      () => cs.gql(MoveOut, { input: { occupancyId, toDate: '2999-12-31' } }),
      ['input', 'toDate'],
      'OUT_OF_RANGE',
    );
    await expectRefused(() => cs.gql(MoveOut, { input: { occupancyId, toDate: '' } }), ['input', 'toDate'], 'REQUIRED');
    await expectRefused(
      () => cs.gql(MoveOut, { input: { occupancyId: 'T2NjdXBhbmN5Om5vcGU', toDate: '2024-04-01' } }),
      ['input', 'occupancyId'],
      'NOT_FOUND',
    );
    // Moving out on the day they moved in is allowed; a second move-out is not.
    const same = await cs.gql(MoveOut, { input: { occupancyId, toDate: '2024-03-10' } });
    expect(same.body.data?.moveOut.userErrors).toEqual([]);
    await expectRefused(
      () => cs.gql(MoveOut, { input: { occupancyId, toDate: '2024-04-01' } }),
      ['input', 'occupancyId'],
      'INVALID_TRANSITION',
    );
  });

  it('refuses a move-in that overlaps their time there, or to an unknown unit or customer', async () => {
    const person = await newCustomer(cs, { occupancy: { unitId: unit3_1201, fromDate: '2024-03-10' } });
    await expectRefused(
      () =>
        cs.gql(MoveIn, { input: { customerId: person.id, unitId: unit3_1201, role: 'OWNER', fromDate: '2025-01-01' } }),
      ['input', 'unitId'],
      'CONFLICT',
    );
    await expectRefused(
      () => cs.gql(MoveIn, { input: { customerId: person.id, unitId: 'nope', role: 'OWNER', fromDate: '2025-01-01' } }),
      ['input', 'unitId'],
      'NOT_FOUND',
    );
    await expectRefused(
      () =>
        cs.gql(MoveIn, { input: { customerId: 'nope', unitId: unit3_1201, role: 'OWNER', fromDate: '2025-01-01' } }),
      ['input', 'customerId'],
      'NOT_FOUND',
    );
    await expectRefused(
      () => cs.gql(MoveIn, { input: { customerId: person.id, unitId: unitA1202, role: 'OWNER', fromDate: '' } }),
      ['input', 'fromDate'],
      'REQUIRED',
    );
  });

  it('refuses a contact already on file, a void without a reason, an over-long update', async () => {
    const person = await newCustomer(cs);
    await expectRefused(
      () => cs.gql(AddContact, { input: { customerId: person.id, kind: 'PHONE', value: `+86 ${person.phone}` } }),
      ['input', 'value'],
      'TAKEN',
    );
    await expectRefused(
      () => cs.gql(AddContact, { input: { customerId: person.id, kind: 'EMAIL', value: '' } }),
      ['input', 'value'],
      'REQUIRED',
    );
    await expectRefused(
      () => cs.gql(VoidCustomer, { input: { customerId: person.id, reason: ' ' } }),
      ['input', 'reason'],
      'REQUIRED',
    );
    await expectRefused(
      () => cs.gql(UpdateCustomer, { input: { customerId: person.id, name: '名'.repeat(51) } }),
      ['input', 'name'],
      'TOO_LONG',
    );
    await expectRefused(
      () => cs.gql(UpdateCustomer, { input: { customerId: person.id, name: '' } }),
      ['input', 'name'],
      'REQUIRED',
    );
  });
});
