import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Staff } from '../../apps/api/src/features/staff/staff.entity.js';
import type { OnboardStaffInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { onboard, unique } from '../support/factories.js';
import { auditCount, staffCount, staffIds, toGlobalId } from '../support/org.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

const Onboard = graphql(`
  mutation StaffOnboard($input: OnboardStaffInput!) {
    onboardStaff(input: $input) {
      staff {
        id
        employeeNo
        name
        phone
        username
        status
        hireDate
        leaveDate
        locale
        mustChangePassword
        position { key }
        department { key }
        sites { code }
      }
      temporaryPassword
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation StaffUpdate($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      staff { id name phone locale sites { code } }
      userErrors { field message code }
    }
  }
`);

const Transfer = graphql(`
  mutation StaffTransfer($input: TransferStaffInput!) {
    transferStaff(input: $input) {
      staff { id position { key } department { key } }
      userErrors { field message code }
    }
  }
`);

const Suspend = graphql(`
  mutation StaffSuspend($input: StaffStatusChangeInput!) {
    suspendStaff(input: $input) { staff { id status } userErrors { field message code } }
  }
`);

const Reinstate = graphql(`
  mutation StaffReinstate($input: StaffStatusChangeInput!) {
    reinstateStaff(input: $input) { staff { id status } userErrors { field message code } }
  }
`);

const Offboard = graphql(`
  mutation StaffOffboard($input: OffboardStaffInput!) {
    offboardStaff(input: $input) { staff { id status leaveDate } userErrors { field message code } }
  }
`);

const ResetPassword = graphql(`
  mutation StaffResetPassword($input: ResetStaffPasswordInput!) {
    resetStaffPassword(input: $input) { staff { id mustChangePassword } temporaryPassword userErrors { field code } }
  }
`);

const Member = graphql(`
  query StaffMember($id: ID!) {
    staffMember(id: $id) {
      id
      name
      phone
      status
      leaveDate
      position { key }
      department { key }
      sites { code }
    }
  }
`);

const Directory = graphql(`
  query StaffDirectory($filter: StaffFilter, $first: Int) {
    staffMembers(filter: $filter, first: $first) { totalCount nodes { username status } }
  }
`);

const Events = graphql(`
  query StaffEvents($filter: AuditEventFilter) {
    auditEvents(filter: $filter, first: 100) {
      totalCount
      nodes { action actorName targetId actor { id username status } }
    }
  }
`);

const Me = graphql(`
  query StaffMe {
    viewer { staff { username position { key } } permissions { permission scope } }
  }
`);

let steward: TestSteward;
let clerk: Client;
let manager: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  clerk = await steward.login('clerk');
  manager = await steward.login('manager');
});
afterAll(() => steward?.close());

const base = (): OnboardStaffInput => {
  const n = unique();
  return {
    employeeNo: `N${n}`,
    name: '新员工',
    phone: '13900000000',
    positionKey: 'order_maintenance_officer',
    siteCodes: ['CUIHU'],
    hireDate: '2026-02-01',
    username: `new.${n}`,
  };
};

/** The row as stored, for before/after comparisons that must find nothing changed. */
async function row(id: string) {
  const key = Buffer.from(id, 'base64url')
    .toString('utf8')
    .replace(/^Staff:/, '');
  const em = steward.orm.em.fork();
  const staff = await em.findOneOrFail(Staff, { id: key }, { populate: ['sites', 'passwordHash'] });
  return {
    name: staff.name,
    phone: staff.phone,
    status: staff.status,
    leaveDate: staff.leaveDate,
    position: staff.position.unwrap().key,
    department: staff.department?.unwrap().key ?? null,
    sites: staff.sites.getItems().map((s) => s.code),
    locale: staff.locale,
    passwordHash: staff.passwordHash,
    updatedAt: staff.updatedAt.getTime(),
  };
}

describe('onboarding', () => {
  it('creates the record and the account; the generated first password signs in and must be changed', async () => {
    const input = base();
    const before = await staffCount(steward);
    const { body } = await clerk.gql(Onboard, { input: { ...input, username: `  ${input.username.toUpperCase()} ` } });
    expect(body.errors).toBeUndefined();
    const result = body.data?.onboardStaff;
    expect(result?.userErrors).toEqual([]);
    expect(result?.staff).toMatchObject({
      employeeNo: input.employeeNo,
      name: '新员工',
      phone: '13900000000',
      username: input.username,
      status: 'ACTIVE',
      hireDate: '2026-02-01',
      leaveDate: null,
      locale: 'ZH_CN',
      mustChangePassword: true,
      position: { key: 'order_maintenance_officer' },
      // Defaults to the position's department.
      department: { key: 'order_maintenance' },
      sites: [{ code: 'CUIHU' }],
    });
    const password = result?.temporaryPassword ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(await staffCount(steward)).toBe(before + 1);

    const newcomer = await steward.login(input.username, password);
    const me = await newcomer.post(JSON.stringify({ query: '{ viewer { mustChangePassword staff { username } } }' }));
    expect(me.json).toEqual({
      data: { viewer: { mustChangePassword: true, staff: { username: input.username } } },
      extensions: expect.anything(),
    });
    // The password itself is stored only as a salted scrypt hash.
    const stored = await row(result?.staff?.id ?? '');
    expect(stored.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(stored.passwordHash).not.toContain(password);
  });

  it('takes a given first password, an explicit department, a company position and no sites', async () => {
    const input = {
      ...base(),
      positionKey: 'analyst',
      departmentKey: 'finance',
      siteCodes: [],
      initialPassword: 'Welcome2026x',
    };
    const { body } = await clerk.gql(Onboard, { input });
    expect(body.data?.onboardStaff).toMatchObject({
      staff: { position: { key: 'analyst' }, department: { key: 'finance' }, sites: [] },
      temporaryPassword: 'Welcome2026x',
      userErrors: [],
    });
    await expect(steward.login(input.username, 'Welcome2026x')).resolves.toBeDefined();
  });

  const cases: [string, Partial<OnboardStaffInput>, string, string][] = [
    ['a missing employee number', { employeeNo: ' ' }, 'employeeNo', 'REQUIRED'],
    ['an overlong employee number', { employeeNo: 'E'.repeat(33) }, 'employeeNo', 'TOO_LONG'],
    ['a missing name', { name: '' }, 'name', 'REQUIRED'],
    ['an overlong name', { name: '名'.repeat(51) }, 'name', 'TOO_LONG'],
    ['an overlong phone', { phone: '1'.repeat(31) }, 'phone', 'TOO_LONG'],
    ['a missing username', { username: '' }, 'username', 'REQUIRED'],
    ['an overlong username', { username: 'u'.repeat(33) }, 'username', 'TOO_LONG'],
    ['a username with spaces', { username: 'bad name' }, 'username', 'INVALID'],
    ['a username with symbols', { username: 'bad!name' }, 'username', 'INVALID'],
    ['a too-short username', { username: 'ab' }, 'username', 'INVALID'],
    ['a missing hire date', { hireDate: '' }, 'hireDate', 'REQUIRED'],
    ['an impossible hire date', { hireDate: '2026-02-30' }, 'hireDate', 'INVALID'],
    ['a hire date in another format', { hireDate: '01/02/2026' }, 'hireDate', 'INVALID'],
    ['an unknown position', { positionKey: 'astronaut' }, 'positionKey', 'NOT_FOUND'],
    ['an overlong position key', { positionKey: 'p'.repeat(500) }, 'positionKey', 'NOT_FOUND'],
    ['an unknown department', { departmentKey: 'moon_base' }, 'departmentKey', 'NOT_FOUND'],
    ['an unknown site', { siteCodes: ['CUIHU', 'ATLANTIS'] }, 'siteCodes', 'NOT_FOUND'],
    ['a weak first password', { initialPassword: 'password' }, 'initialPassword', 'WEAK_PASSWORD'],
    ['a taken employee number', { employeeNo: 'E0001' }, 'employeeNo', 'TAKEN'],
    ['a taken username', { username: 'manager' }, 'username', 'TAKEN'],
    ['a taken username in another case', { username: 'Leader' }, 'username', 'TAKEN'],
  ];

  it.each(cases)('refuses %s: a userError naming the field, nothing written', async (_label, change, field, code) => {
    const [staffBefore, eventsBefore] = [await staffCount(steward), await auditCount(steward)];
    const { status, body } = await clerk.gql(Onboard, { input: { ...base(), ...change } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.onboardStaff.staff).toBeNull();
    expect(body.data?.onboardStaff.temporaryPassword).toBeNull();
    const errors = body.data?.onboardStaff.userErrors ?? [];
    expect(errors.map((e) => e.code)).toContain(code);
    for (const e of errors) {
      expect(e.field).toEqual(['input', field]);
      // "<field> <what is wrong>", the field named once.
      expect(e.message.startsWith(`${field} `)).toBe(true);
      expect(e.message.indexOf(field, 1)).toBe(-1);
    }
    expect(await staffCount(steward)).toBe(staffBefore);
    expect(await auditCount(steward)).toBe(eventsBefore);
  });

  it('names every field at fault in one answer', async () => {
    const before = await staffCount(steward);
    const { body } = await clerk.gql(Onboard, {
      input: {
        employeeNo: 'E0001',
        name: '',
        phone: '9'.repeat(40),
        positionKey: 'nope',
        departmentKey: 'nope',
        siteCodes: ['NOPE'],
        hireDate: 'yesterday',
        username: 'manager',
      },
    });
    expect(body.data?.onboardStaff.userErrors.map((e) => e.field?.[1]).sort()).toEqual(
      ['departmentKey', 'employeeNo', 'hireDate', 'name', 'phone', 'positionKey', 'siteCodes', 'username'].sort(),
    );
    expect(await staffCount(steward)).toBe(before);
  });

  it('answers wrong types, missing fields and unknown enum values with BAD_USER_INPUT, never a 500', async () => {
    const before = await staffCount(steward);
    const query = 'mutation($i: OnboardStaffInput!) { onboardStaff(input: $i) { staff { id } } }';
    for (const i of [
      { ...base(), employeeNo: 42 },
      { ...base(), locale: 'KLINGON' },
      (({ name: _name, ...rest }) => rest)(base()),
      { ...base(), salary: 1_000_000 },
    ]) {
      const res = await clerk.post(JSON.stringify({ query, variables: { i } }));
      expect(res.status, JSON.stringify(i)).toBe(400);
      expect((res.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'BAD_USER_INPUT',
      );
    }
    // A single value where a list is expected is a list of one (GraphQL input coercion): a userError.
    const one = await clerk.post(
      JSON.stringify({ query, variables: { i: { ...base(), siteCodes: 'CUIHU,JINQIAO' } } }),
    );
    expect(one.status).toBe(200);
    expect(one.text).toContain('"data":{"onboardStaff":{"staff":null}}');
    expect(await staffCount(steward)).toBe(before);
  });

  it('is the Office’s (and the manager’s): everyone else gets FORBIDDEN and nothing is written', async () => {
    const before = await staffCount(steward);
    for (const username of ['director', 'leader', 'officer', 'cs', 'fire', 'analyst']) {
      const client = await steward.login(username);
      const res = await client.gql(Onboard, { input: base() });
      expect(res.body.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
      expect(res.body.data).toBeNull();
    }
    expect(await staffCount(steward)).toBe(before);
  });
});

describe('the lifecycle', () => {
  it('updates contact details and sites; an empty phone clears it', async () => {
    const person = await onboard(clerk);
    const res = await clerk.gql(Update, {
      input: {
        staffId: person.id,
        name: '  陈新  ',
        phone: '13811112222',
        siteCodes: ['JINQIAO', 'CUIHU'],
        locale: 'EN',
      },
    });
    expect(res.body.data?.updateStaff.userErrors).toEqual([]);
    expect(res.body.data?.updateStaff.staff).toMatchObject({ name: '陈新', phone: '13811112222', locale: 'EN' });
    expect(res.body.data?.updateStaff.staff?.sites.map((s) => s.code).sort()).toEqual(['CUIHU', 'JINQIAO']);
    // Only what is given changes.
    const cleared = await clerk.gql(Update, { input: { staffId: person.id, phone: '' } });
    expect(cleared.body.data?.updateStaff.staff).toMatchObject({ name: '陈新', phone: null, locale: 'EN' });
  });

  it('refuses a bad update whole: nothing of it is kept', async () => {
    const person = await onboard(clerk);
    const before = await row(person.id);
    const events = await auditCount(steward);
    const res = await clerk.gql(Update, {
      input: { staffId: person.id, name: 'Fine Name', phone: '1'.repeat(31), siteCodes: ['CUIHU', 'NOWHERE'] },
    });
    expect(res.body.data?.updateStaff.staff).toBeNull();
    expect(res.body.data?.updateStaff.userErrors.map((e) => [e.field?.[1], e.code])).toEqual([
      ['phone', 'TOO_LONG'],
      ['siteCodes', 'NOT_FOUND'],
    ]);
    expect(await row(person.id)).toEqual(before);
    expect(await auditCount(steward)).toBe(events);
    // An empty name is not "no change": it is refused.
    const blank = await clerk.gql(Update, { input: { staffId: person.id, name: '  ' } });
    expect(blank.body.data?.updateStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'REQUIRED' }),
    ]);
    expect(await row(person.id)).toEqual(before);
  });

  it('transfers to another position (department follows unless given), and access follows on the next request', async () => {
    const person = await onboard(clerk);
    const session = await steward.login(person.username, person.password);
    const mine = await session.gql(Me);
    expect(mine.body.data?.viewer?.staff.position.key).toBe('order_maintenance_officer');
    expect(mine.body.data?.viewer?.permissions.find((p) => p.permission === 'staff.read')?.scope).toBe('OWN');

    const res = await clerk.gql(Transfer, {
      input: { staffId: person.id, positionKey: 'order_maintenance_shift_leader', reason: 'Promotion' },
    });
    expect(res.body.data?.transferStaff).toEqual({
      staff: {
        id: person.id,
        position: { key: 'order_maintenance_shift_leader' },
        department: { key: 'order_maintenance' },
      },
      userErrors: [],
    });
    const after = await session.gql(Me);
    expect(after.body.data?.viewer?.staff.position.key).toBe('order_maintenance_shift_leader');
    expect(after.body.data?.viewer?.permissions.find((p) => p.permission === 'staff.read')?.scope).toBe('SITE');

    // To a company-level post: no department unless one is named.
    const up = await clerk.gql(Transfer, {
      input: { staffId: person.id, positionKey: 'analyst', reason: 'Data team' },
    });
    expect(up.body.data?.transferStaff.staff?.department).toBeNull();
    const named = await clerk.gql(Transfer, {
      input: { staffId: person.id, positionKey: 'analyst', departmentKey: 'finance', reason: 'Finance' },
    });
    expect(named.body.data?.transferStaff.staff?.department).toEqual({ key: 'finance' });
  });

  it('refuses a bad transfer whole', async () => {
    const person = await onboard(clerk);
    const before = await row(person.id);
    for (const [input, fields] of [
      [{ positionKey: 'astronaut', reason: 'x' }, ['positionKey']],
      [{ positionKey: 'analyst', departmentKey: 'moon', reason: 'x' }, ['departmentKey']],
      [{ positionKey: 'analyst', reason: '' }, ['reason']],
      [{ positionKey: 'analyst', reason: 'r'.repeat(501) }, ['reason']],
    ] as const) {
      const res = await clerk.gql(Transfer, { input: { staffId: person.id, ...input } });
      expect(
        res.body.data?.transferStaff.userErrors.map((e) => e.field?.[1]),
        JSON.stringify(input),
      ).toEqual(fields);
    }
    expect(await row(person.id)).toEqual(before);
  });

  it('suspends and reinstates, refusing transitions that make no sense', async () => {
    const person = await onboard(clerk);
    const reinstateActive = await clerk.gql(Reinstate, { input: { staffId: person.id, reason: 'x' } });
    expect(reinstateActive.body.data?.reinstateStaff).toEqual({
      staff: null,
      userErrors: [
        { field: ['input', 'staffId'], message: 'staffId is active, not suspended', code: 'INVALID_TRANSITION' },
      ],
    });
    const suspended = await clerk.gql(Suspend, { input: { staffId: person.id, reason: 'Investigation' } });
    expect(suspended.body.data?.suspendStaff).toEqual({
      staff: { id: person.id, status: 'SUSPENDED' },
      userErrors: [],
    });
    const twice = await clerk.gql(Suspend, { input: { staffId: person.id, reason: 'Again' } });
    expect(twice.body.data?.suspendStaff.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const noReason = await clerk.gql(Reinstate, { input: { staffId: person.id, reason: ' ' } });
    expect(noReason.body.data?.reinstateStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'reason'], code: 'REQUIRED' }),
    ]);
    const back = await clerk.gql(Reinstate, { input: { staffId: person.id, reason: 'Cleared' } });
    expect(back.body.data?.reinstateStaff).toEqual({ staff: { id: person.id, status: 'ACTIVE' }, userErrors: [] });
  });

  it('offboards: LEFT with a leave date, their sign-in gone, their audit events still theirs', async () => {
    const person = await onboard(clerk);
    // They do something worth recording: sign in and choose a language.
    const session = await steward.login(person.username, person.password);
    await session.post(
      JSON.stringify({ query: 'mutation { setMyLocale(input: { locale: EN }) { userErrors { code } } }' }),
    );

    const early = await clerk.gql(Offboard, { input: { staffId: person.id, leaveDate: '2025-12-31', reason: 'x' } });
    expect(early.body.data?.offboardStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'leaveDate'], code: 'OUT_OF_RANGE' }),
    ]);
    const badDate = await clerk.gql(Offboard, { input: { staffId: person.id, leaveDate: '2026-13-01', reason: 'x' } });
    expect(badDate.body.data?.offboardStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'leaveDate'], code: 'INVALID' }),
    ]);

    const res = await clerk.gql(Offboard, {
      input: { staffId: person.id, leaveDate: '2026-03-31', reason: 'Resigned' },
    });
    expect(res.body.data?.offboardStaff).toEqual({
      staff: { id: person.id, status: 'LEFT', leaveDate: '2026-03-31' },
      userErrors: [],
    });
    const twice = await clerk.gql(Offboard, {
      input: { staffId: person.id, leaveDate: '2026-04-30', reason: 'Again' },
    });
    expect(twice.body.data?.offboardStaff).toEqual({
      staff: null,
      userErrors: [{ field: ['input', 'staffId'], message: 'staffId has already left', code: 'INVALID_TRANSITION' }],
    });
    const reinstated = await clerk.gql(Reinstate, { input: { staffId: person.id, reason: 'Back' } });
    expect(reinstated.body.data?.reinstateStaff.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const suspended = await clerk.gql(Suspend, { input: { staffId: person.id, reason: 'x' } });
    expect(suspended.body.data?.suspendStaff.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const moved = await clerk.gql(Transfer, { input: { staffId: person.id, positionKey: 'analyst', reason: 'x' } });
    expect(moved.body.data?.transferStaff.userErrors[0]?.code).toBe('INVALID_TRANSITION');
    const reset = await clerk.gql(ResetPassword, { input: { staffId: person.id } });
    expect(reset.body.data?.resetStaffPassword.userErrors[0]?.code).toBe('INVALID_TRANSITION');

    await expect(steward.login(person.username, person.password)).rejects.toThrow(/INVALID_CREDENTIALS/);
    // Still in the directory, as having left.
    const member = await clerk.gql(Member, { id: person.id });
    expect(member.body.data?.staffMember).toMatchObject({ status: 'LEFT', leaveDate: '2026-03-31' });
    const left = await clerk.gql(Directory, { filter: { status: ['LEFT'], search: person.username }, first: 10 });
    expect(left.body.data?.staffMembers).toEqual({
      totalCount: 1,
      nodes: [{ username: person.username, status: 'LEFT' }],
    });

    // What they did is still theirs.
    const events = await manager.gql(Events, { filter: { actorId: person.id } });
    const actions = events.body.data?.auditEvents.nodes.map((e) => e.action).sort();
    expect(actions).toEqual(['auth.login', 'staff.set_locale']);
    for (const e of events.body.data?.auditEvents.nodes ?? []) {
      expect(e.actorName).toBe(`Test ${person.username.slice(1)}`);
      expect(e.actor).toEqual({ id: person.id, username: person.username, status: 'LEFT' });
    }
  });

  it('resets a first password: the old one and every session stop working', async () => {
    const person = await onboard(clerk);
    const session = await steward.login(person.username, person.password);
    const res = await clerk.gql(ResetPassword, { input: { staffId: person.id } });
    const next = res.body.data?.resetStaffPassword.temporaryPassword ?? '';
    expect(next).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(res.body.data?.resetStaffPassword.staff?.mustChangePassword).toBe(true);
    const after = await session.post(JSON.stringify({ query: '{ sites { code } }' }));
    expect((after.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    await expect(steward.login(person.username, person.password)).rejects.toThrow();
    await expect(steward.login(person.username, next)).resolves.toBeDefined();
  });

  it('will not let the Office suspend, offboard or transfer itself', async () => {
    const self = (await staffIds(steward)).get('clerk') as string;
    const suspend = await clerk.gql(Suspend, { input: { staffId: self, reason: 'x' } });
    expect(suspend.body.data?.suspendStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'staffId'], code: 'INVALID' }),
    ]);
    const offboard = await clerk.gql(Offboard, { input: { staffId: self, leaveDate: '2026-12-31', reason: 'x' } });
    expect(offboard.body.data?.offboardStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'staffId'], code: 'INVALID' }),
    ]);
    // Moving yourself into another post would be granting yourself its permissions.
    const before = await row(self);
    const promote = await clerk.gql(Transfer, {
      input: { staffId: self, positionKey: 'company_manager', reason: 'Because I can' },
    });
    expect(promote.body.data?.transferStaff.userErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: ['input', 'staffId'], code: 'INVALID' })]),
    );
    expect(await row(self)).toEqual(before);
    const me = await clerk.gql(Me);
    expect(me.body.data?.viewer?.staff.position.key).toBe('office_clerk');
  });
});

describe('whom a lifecycle action reaches', () => {
  it('answers an unknown or malformed staffId with a NOT_FOUND userError', async () => {
    for (const staffId of [
      '',
      'nope',
      toGlobalId('Staff', '00000000-0000-0000-0000-000000000000'),
      toGlobalId('Site', 'CUIHU'),
    ]) {
      const res = await clerk.gql(Update, { input: { staffId, name: 'X' } });
      expect(res.body.data?.updateStaff, staffId).toEqual({
        staff: null,
        userErrors: [{ field: ['input', 'staffId'], message: 'No such member of staff', code: 'NOT_FOUND' }],
      });
    }
  });

  it('answers a director (staff.handle, their department) about someone outside it exactly as about nobody', async () => {
    const director = await steward.login('director');
    const ids = await staffIds(steward);
    const cs = ids.get('cs') as string;
    const before = await row(cs);
    for (const res of [
      await director.gql(Update, { input: { staffId: cs, name: 'Renamed' } }),
      await director.gql(Suspend, { input: { staffId: cs, reason: 'x' } }),
      await director.gql(Offboard, { input: { staffId: cs, leaveDate: '2026-12-31', reason: 'x' } }),
      await director.gql(Transfer, { input: { staffId: cs, positionKey: 'analyst', reason: 'x' } }),
    ]) {
      const payload = Object.values(res.body.data ?? {})[0];
      expect(payload).toEqual({
        staff: null,
        userErrors: [{ field: ['input', 'staffId'], message: 'No such member of staff', code: 'NOT_FOUND' }],
      });
    }
    expect(await row(cs)).toEqual(before);
    // Within the department, the same director may act.
    const officer2 = ids.get('officer2') as string;
    const ok = await director.gql(Update, { input: { staffId: officer2, phone: '13700000000' } });
    expect(ok.body.data?.updateStaff.userErrors).toEqual([]);
  });

  it('answers everyone without staff.handle FORBIDDEN for every lifecycle change', async () => {
    const target = (await staffIds(steward)).get('officer3') as string;
    const before = await row(target);
    for (const username of ['leader', 'officer', 'cs', 'fire', 'analyst']) {
      const client = await steward.login(username);
      for (const res of [
        await client.gql(Update, { input: { staffId: target, name: 'X' } }),
        await client.gql(Transfer, { input: { staffId: target, positionKey: 'analyst', reason: 'x' } }),
        await client.gql(Suspend, { input: { staffId: target, reason: 'x' } }),
        await client.gql(Reinstate, { input: { staffId: target, reason: 'x' } }),
        await client.gql(Offboard, { input: { staffId: target, leaveDate: '2026-12-31', reason: 'x' } }),
        await client.gql(ResetPassword, { input: { staffId: target } }),
      ]) {
        expect(res.body.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
        expect(res.body.data).toBeNull();
      }
    }
    expect(await row(target)).toEqual(before);
  });
});

describe('privileged positions', () => {
  it('only the manager may put someone into a post that governs others', async () => {
    const before = await staffCount(steward);
    // The clerk may onboard officers, but not a company manager or a director (who reads the audit trail).
    for (const positionKey of ['company_manager', 'order_maintenance_director']) {
      const res = await clerk.gql(Onboard, { input: { ...base(), positionKey } });
      expect(res.body.data?.onboardStaff.userErrors, positionKey).toEqual([
        expect.objectContaining({ field: ['input', 'positionKey'], code: 'NOT_PERMITTED' }),
      ]);
    }
    expect(await staffCount(steward)).toBe(before);

    const person = await onboard(clerk);
    const promote = await clerk.gql(Transfer, {
      input: { staffId: person.id, positionKey: 'order_maintenance_director', reason: 'Promotion' },
    });
    expect(promote.body.data?.transferStaff.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'positionKey'], code: 'NOT_PERMITTED' }),
    ]);

    // The manager, who manages permissions, may.
    const byManager = await manager.gql(Transfer, {
      input: { staffId: person.id, positionKey: 'order_maintenance_director', reason: 'Promotion' },
    });
    expect(byManager.body.data?.transferStaff).toMatchObject({
      staff: { position: { key: 'order_maintenance_director' } },
      userErrors: [],
    });
  });
});
