import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contact as ContactRow } from '../../apps/api/src/features/contacts/contact.entity.js';
import type { CreateContactInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { auditCount } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const ContactFields = graphql(`
  fragment ContactFields on Contact {
    id
    directory
    category
    name
    person
    role
    phone
    altPhone
    dial
    altDial
    note
    active
    stale
    canKeep
    version
    lastVerifiedAt
    verifyNote
    retireReason
    site { code }
    verifiedBy { username }
  }
`);
void ContactFields;

const Create = graphql(`
  mutation ContactsCreate($input: CreateContactInput!) {
    createContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }
  }
`);
const Update = graphql(`
  mutation ContactsUpdate($input: UpdateContactInput!) {
    updateContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }
  }
`);
const Verify = graphql(`
  mutation ContactsVerify($input: VerifyContactInput!) {
    verifyContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }
  }
`);
const Retire = graphql(`
  mutation ContactsRetire($input: RetireContactInput!) {
    retireContact(input: $input) { contact { ...ContactFields } userErrors { field code message } }
  }
`);
const List = graphql(`
  query ContactsList($filter: ContactFilter, $first: Int) {
    contacts(filter: $filter, first: $first) {
      totalCount
      nodes { id name phone category directory stale site { code } }
    }
  }
`);
const One = graphql(`
  query ContactsOne($id: ID!) {
    contact(id: $id) { id name stale lenient: stale(afterDays: 365) }
    node(id: $id) { id }
  }
`);
const Coverage = graphql(`
  query ContactsCoverage($siteCode: String, $staleAfterDays: Int) {
    contactCoverage(siteCode: $siteCode, staleAfterDays: $staleAfterDays) {
      site { code }
      staleAfterDays
      missingLiaison
      missingEmergency
      stale { id name }
    }
  }
`);
const SetGrant = graphql(`
  mutation ContactsSetGrant($input: SetPositionGrantInput!) {
    setPositionGrant(input: $input) { userErrors { field code } }
  }
`);

const DAY = 86_400_000;

let clock: TestClock;
let steward: TestSteward;
let director: Client;
let leader: Client;
let leader2: Client;
let officer: Client;
let manager: Client;
let cs: Client;
let fire: Client;

beforeAll(async () => {
  clock = new TestClock(new Date());
  steward = await startTestSteward({}, {}, { clock: clock.now });
  director = await steward.login('director');
  leader = await steward.login('leader');
  leader2 = await steward.login('leader2');
  officer = await steward.login('officer');
  manager = await steward.login('manager');
  cs = await steward.login('cs');
  fire = await steward.login('fire');
});
afterAll(() => steward?.close());

const rows = () => steward.orm.em.fork().count(ContactRow, {});
const codes = (res: GqlResponse<unknown>) => (res.body.errors ?? []).map((e) => e.extensions?.code);
const errorsOf = (payload: { userErrors: { field?: string[] | null; code: string }[] } | undefined) =>
  (payload?.userErrors ?? []).map((e) => [e.field?.join('.') ?? null, e.code]);

let serial = 0;
async function create(input: Partial<CreateContactInput> = {}, as = director) {
  serial += 1;
  const res = await as.gql(Create, {
    input: {
      directory: 'LIAISON',
      category: 'POLICE',
      siteCode: 'CUIHU',
      name: `测试派出所${serial}`,
      person: '测试警官',
      phone: `021-5877 ${String(1000 + serial)}`,
      ...input,
    },
  });
  return res;
}
async function created(input: Partial<CreateContactInput> = {}) {
  const res = await create(input);
  const contact = res.body.data?.createContact.contact;
  if (!contact) throw new Error(JSON.stringify(res.body));
  return contact;
}

describe('the registers as the demo left them', () => {
  it('lists company-wide and each site’s numbers, by category, for whoever may read them', async () => {
    const all = await director.gql(List, { filter: { directory: 'EMERGENCY' }, first: 100 });
    const names = all.body.data?.contacts.nodes.map((c) => c.name) ?? [];
    expect(names).toEqual(
      expect.arrayContaining(['报警电话', '火警电话', '急救电话', '翠湖花园监控中心', '金桥大厦消防控制室']),
    );
    const police = all.body.data?.contacts.nodes.find((c) => c.name === '报警电话');
    expect(police).toMatchObject({ phone: '110', category: 'POLICE', site: null, stale: false });
    // Grouped by category, then name.
    const categories = all.body.data?.contacts.nodes.map((c) => c.category) ?? [];
    expect(categories).toEqual([...categories].sort());

    // The CUIHU shift leader and officer read CUIHU's and the company-wide ones — not JINQIAO's.
    for (const client of [leader, officer]) {
      const mine = await client.gql(List, { first: 100 });
      const sites = new Set(mine.body.data?.contacts.nodes.map((c) => c.site?.code ?? null));
      expect([...sites].sort()).toEqual(['CUIHU', null].sort());
    }
    const jinqiao = await leader2.gql(List, { first: 100 });
    expect(jinqiao.body.data?.contacts.nodes.map((c) => c.name)).toContain('金桥大厦消防控制室');
    expect(jinqiao.body.data?.contacts.nodes.map((c) => c.name)).not.toContain('翠湖花园监控中心');
    const everything = await manager.gql(List, { first: 100 });
    expect(everything.body.data?.contacts.totalCount).toBe(await rows());
  });

  it('flags what each site lacks: a stale traffic liaison at CUIHU (C28), none at all at JINQIAO (C29)', async () => {
    const res = await director.gql(Coverage, {});
    const bySite = new Map(res.body.data?.contactCoverage.map((c) => [c.site.code, c]));
    expect(bySite.get('CUIHU')).toMatchObject({ staleAfterDays: 180, missingLiaison: [], missingEmergency: [] });
    expect(bySite.get('CUIHU')?.stale.map((c) => c.name)).toEqual(['浦东交警支队花木中队']);
    expect(bySite.get('JINQIAO')).toMatchObject({ missingLiaison: ['TRAFFIC'], stale: [] });
    // With a longer threshold nothing is stale; a leader sees their own site only.
    const lenient = await director.gql(Coverage, { siteCode: 'CUIHU', staleAfterDays: 365 });
    expect(lenient.body.data?.contactCoverage).toMatchObject([{ staleAfterDays: 365, stale: [] }]);
    const own = await leader.gql(Coverage, {});
    expect(own.body.data?.contactCoverage.map((c) => c.site.code)).toEqual(['CUIHU']);
    const outOfRange = await director.gql(Coverage, { staleAfterDays: 0 });
    expect(codes(outOfRange)).toEqual(['BAD_USER_INPUT']);
  });

  it('finds a number however it is typed, and a contact by name', async () => {
    const byDigits = await officer.gql(List, { filter: { search: '5833 2110' } });
    expect(byDigits.body.data?.contacts.nodes.map((c) => c.name)).toEqual(['翠湖花园监控中心']);
    const byName = await officer.gql(List, { filter: { search: '派出所' } });
    expect(byName.body.data?.contacts.nodes.map((c) => c.name)).toEqual(['花木派出所']);
    const stale = await officer.gql(List, { filter: { stale: true } });
    expect(stale.body.data?.contacts.nodes.map((c) => c.name)).toEqual(['浦东交警支队花木中队']);
  });
});

describe('who may keep the registers', () => {
  it('lets the director enter a number company-wide and a liaison at a site; the creator has verified it', async () => {
    const before = await auditCount(steward, { action: 'contact.create' });
    const res = await create({
      directory: 'EMERGENCY',
      category: 'OTHER',
      siteCode: null,
      name: '街道城运中心',
      person: null,
      phone: '+86 21 5888-0000',
    });
    expect(res.body.data?.createContact.userErrors).toEqual([]);
    const contact = res.body.data?.createContact.contact;
    expect(contact).toMatchObject({
      site: null,
      dial: '+862158880000',
      active: true,
      stale: false,
      canKeep: true,
      verifiedBy: { username: 'director' },
    });
    expect(Date.parse(String(contact?.lastVerifiedAt))).toBe(clock.now().getTime());
    expect(await auditCount(steward, { action: 'contact.create' })).toBe(before + 1);
    const jinqiao = await created({ siteCode: 'JINQIAO', category: 'TRAFFIC', name: '浦东交警支队金桥中队' });
    expect(jinqiao.site?.code).toBe('JINQIAO');
  });

  it('refuses everyone else: the leader and officer read only, customer service and the fire supervisor not even that', async () => {
    const before = await rows();
    expect(codes(await create({}, leader))).toEqual(['FORBIDDEN']);
    expect(codes(await create({}, officer))).toEqual(['FORBIDDEN']);
    const target = await created();
    expect(codes(await officer.gql(Verify, { input: { contactId: target.id } }))).toEqual(['FORBIDDEN']);
    expect(codes(await leader.gql(Retire, { input: { contactId: target.id, reason: 'x' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await cs.gql(List, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await fire.gql(Coverage, {}))).toEqual(['FORBIDDEN']);
    expect(await rows()).toBe(before + 1);
  });

  it('hides another site’s entries: for a reader there, they do not exist', async () => {
    const jinqiao = await created({ siteCode: 'JINQIAO', name: '金桥派出所值班室' });
    const seen = await leader.gql(One, { id: jinqiao.id });
    expect(seen.body.data).toEqual({ contact: null, node: null });
    const byLeader2 = await leader2.gql(One, { id: jinqiao.id });
    expect(byLeader2.body.data?.contact?.name).toBe('金桥派出所值班室');
  });
});

describe('what an entry must be', () => {
  it('refuses numbers that cannot be dialled, overlong text and a liaison without a person or authority', async () => {
    const before = await rows();
    const cases: [Partial<CreateContactInput>, [string, string][]][] = [
      [{ phone: '021-5877 ABCD' }, [['input.phone', 'INVALID']]],
      [{ phone: '(021) 58771234' }, [['input.phone', 'INVALID']]],
      [{ phone: '12' }, [['input.phone', 'INVALID']]],
      [{ phone: '1'.repeat(21) }, [['input.phone', 'INVALID']]],
      [{ phone: '1'.repeat(31) }, [['input.phone', 'TOO_LONG']]],
      [{ altPhone: '转分机 8' }, [['input.altPhone', 'INVALID']]],
      [{ phone: '' }, [['input.phone', 'REQUIRED']]],
      [{ name: '所'.repeat(101) }, [['input.name', 'TOO_LONG']]],
      [{ note: '注'.repeat(501) }, [['input.note', 'TOO_LONG']]],
      [{ person: null }, [['input.person', 'REQUIRED']]],
      [{ category: 'AMBULANCE' }, [['input.category', 'INVALID']]],
      [{ siteCode: 'NOWHERE' }, [['input.siteCode', 'NOT_FOUND']]],
      [{ siteCode: 'X'.repeat(40) }, [['input.siteCode', 'NOT_FOUND']]],
    ];
    for (const [input, expected] of cases) {
      const res = await create(input);
      expect(res.status).toBe(200);
      expect(errorsOf(res.body.data?.createContact), JSON.stringify(input)).toEqual(expected);
    }
    expect(await rows()).toBe(before);
  });

  it('keeps corrections consistent, and refuses an edit made from a stale copy', async () => {
    const contact = await created();
    const bad = await director.gql(Update, { input: { contactId: contact.id, category: 'GAS' } });
    expect(errorsOf(bad.body.data?.updateContact)).toEqual([['input.category', 'INVALID']]);
    const cleared = await director.gql(Update, { input: { contactId: contact.id, person: '' } });
    expect(errorsOf(cleared.body.data?.updateContact)).toEqual([['input.person', 'REQUIRED']]);
    const ok = await director.gql(Update, {
      input: { contactId: contact.id, version: contact.version, phone: '021-5877 0000', altPhone: '139 0000 1111' },
    });
    expect(ok.body.data?.updateContact.contact).toMatchObject({ phone: '021-5877 0000', altDial: '13900001111' });
    const stale = await director.gql(Update, {
      input: { contactId: contact.id, version: contact.version, role: '所长' },
    });
    expect(errorsOf(stale.body.data?.updateContact)).toEqual([['input.version', 'CONFLICT']]);
  });
});

describe('verifying and retiring', () => {
  it('makes the stale traffic liaison current again, with who verified it and how', async () => {
    const stale = await director.gql(List, { filter: { stale: true, siteCode: 'CUIHU' } });
    const traffic = stale.body.data?.contacts.nodes.find((c) => c.name === '浦东交警支队花木中队');
    expect(traffic?.stale).toBe(true);
    const res = await director.gql(Verify, { input: { contactId: traffic?.id as string, note: '电话确认，号码未变' } });
    expect(res.body.data?.verifyContact.contact).toMatchObject({
      stale: false,
      verifyNote: '电话确认，号码未变',
      verifiedBy: { username: 'director' },
    });
    const coverage = await director.gql(Coverage, { siteCode: 'CUIHU' });
    expect(coverage.body.data?.contactCoverage[0]?.stale).toEqual([]);
    const tooLong = await director.gql(Verify, { input: { contactId: traffic?.id as string, note: '记'.repeat(201) } });
    expect(errorsOf(tooLong.body.data?.verifyContact)).toEqual([['input.note', 'TOO_LONG']]);
  });

  it('retires an entry with a reason: it leaves the lists and the coverage, stays on record, and takes no more steps', async () => {
    // JINQIAO's only traffic liaison (entered above) covers C29 until it is retired.
    const jinqiao = await director.gql(List, {
      filter: { siteCode: 'JINQIAO', category: 'TRAFFIC', directory: 'LIAISON' },
    });
    const traffic = jinqiao.body.data?.contacts.nodes[0];
    expect(
      (await director.gql(Coverage, { siteCode: 'JINQIAO' })).body.data?.contactCoverage[0]?.missingLiaison,
    ).toEqual([]);
    const noReason = await director.gql(Retire, { input: { contactId: traffic?.id as string, reason: ' ' } });
    expect(errorsOf(noReason.body.data?.retireContact)).toEqual([['input.reason', 'REQUIRED']]);
    const before = await rows();
    const res = await director.gql(Retire, { input: { contactId: traffic?.id as string, reason: '中队撤并' } });
    expect(res.body.data?.retireContact.contact).toMatchObject({
      active: false,
      retireReason: '中队撤并',
      canKeep: false,
    });
    expect(await rows()).toBe(before);
    expect(
      (await director.gql(Coverage, { siteCode: 'JINQIAO' })).body.data?.contactCoverage[0]?.missingLiaison,
    ).toEqual(['TRAFFIC']);
    const listed = await director.gql(List, {
      filter: { siteCode: 'JINQIAO', category: 'TRAFFIC', directory: 'LIAISON' },
    });
    expect(listed.body.data?.contacts.totalCount).toBe(0);
    const kept = await director.gql(List, {
      filter: { siteCode: 'JINQIAO', category: 'TRAFFIC', directory: 'LIAISON', includeRetired: true },
    });
    expect(kept.body.data?.contacts.totalCount).toBe(1);
    for (const step of [
      director.gql(Verify, { input: { contactId: traffic?.id as string } }),
      director.gql(Retire, { input: { contactId: traffic?.id as string, reason: '再次' } }),
    ]) {
      const payload = Object.values((await step).body.data ?? {})[0] as {
        userErrors: { field: string[]; code: string }[];
      };
      expect(errorsOf(payload)).toEqual([['input.contactId', 'INVALID_TRANSITION']]);
    }
  });

  it('names no contact that is not one', async () => {
    const res = await director.gql(Verify, { input: { contactId: 'nope' } });
    expect(errorsOf(res.body.data?.verifyContact)).toEqual([['input.contactId', 'NOT_FOUND']]);
  });
});

describe('a grant that reaches one site', () => {
  it('keeps that site’s entries only: not another site’s, not the company-wide ones', async () => {
    for (const permission of ['liaison.create', 'liaison.handle']) {
      const granted = await manager.gql(SetGrant, {
        input: { positionKey: 'order_maintenance_shift_leader', permission, scope: 'SITE' },
      });
      expect(granted.body.data?.setPositionGrant.userErrors).toEqual([]);
    }
    const leaderFresh = await steward.login('leader');
    const mine = await create({ name: '翠湖居委会', category: 'OTHER', person: '林主任' }, leaderFresh);
    expect(mine.body.data?.createContact.userErrors).toEqual([]);
    const elsewhere = await create({ siteCode: 'JINQIAO' }, leaderFresh);
    expect(errorsOf(elsewhere.body.data?.createContact)).toEqual([['input.siteCode', 'NOT_PERMITTED']]);
    const central = await create({ siteCode: null }, leaderFresh);
    expect(errorsOf(central.body.data?.createContact)).toEqual([['input.siteCode', 'REQUIRED']]);
    const other = (await director.gql(List, { filter: { search: '金桥派出所值班室' } })).body.data?.contacts.nodes[0];
    const hidden = await leaderFresh.gql(Verify, { input: { contactId: other?.id as string } });
    expect(errorsOf(hidden.body.data?.verifyContact)).toEqual([['input.contactId', 'NOT_FOUND']]);
    const police = (await leaderFresh.gql(List, { filter: { search: '报警电话' } })).body.data?.contacts.nodes[0];
    expect(codes(await leaderFresh.gql(Verify, { input: { contactId: police?.id as string } }))).toEqual(['FORBIDDEN']);
  });
});

describe('staleness over time (P11: 180 days)', () => {
  it('turns every entry stale 181 days on, until it is verified again', async () => {
    const fresh = await created({ name: '时间测试派出所' });
    clock.advance(179 * DAY);
    expect((await director.gql(One, { id: fresh.id })).body.data?.contact?.stale).toBe(false);
    clock.advance(2 * DAY);
    const list = await director.gql(List, { filter: { search: '时间测试派出所' } });
    expect(list.body.data?.contacts.nodes[0]?.stale).toBe(true);
    // A year's threshold still counts it current.
    expect((await director.gql(One, { id: fresh.id })).body.data?.contact).toMatchObject({
      stale: true,
      lenient: false,
    });
    const coverage = await director.gql(Coverage, { siteCode: 'CUIHU' });
    expect(coverage.body.data?.contactCoverage[0]?.stale.map((c) => c.name)).toContain('时间测试派出所');
    const verified = await director.gql(Verify, { input: { contactId: fresh.id } });
    expect(verified.body.data?.verifyContact.contact?.stale).toBe(false);
  });
});
