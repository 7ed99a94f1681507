import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../apps/api/src/config.js';
import { LoginThrottle } from '../../apps/api/src/features/auth/login-throttle.entity.js';
import { Session } from '../../apps/api/src/features/auth/session.entity.js';
import { graphql } from '../gql/index.js';
import { createToken, firstSignIn, onboard } from '../support/factories.js';
import { defaultGrantsOf, sessionIdOf } from '../support/org.js';
import { type Client, DEMO_PASSWORD, startTestSteward, type TestSteward } from '../support/steward.js';

const Login = graphql(`
  mutation AuthLogin($input: LoginInput!) {
    login(input: $input) {
      viewer { authenticatedBy staff { username } }
      userErrors { field message code }
    }
  }
`);

const Logout = graphql(`
  mutation AuthLogout {
    logout { signedOut userErrors { code } }
  }
`);

const Me = graphql(`
  query AuthMe {
    viewer {
      authenticatedBy
      mustChangePassword
      permissions { permission scope }
      staff {
        id
        username
        name
        employeeNo
        status
        mustChangePassword
        locale
        position { key }
        department { key }
        sites { code }
      }
    }
  }
`);

const Sites = graphql(`
  query AuthSites {
    sites { code }
  }
`);

const ChangePassword = graphql(`
  mutation AuthChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      viewer { mustChangePassword staff { mustChangePassword } }
      userErrors { field message code }
    }
  }
`);

const SetLocale = graphql(`
  mutation AuthSetLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) { viewer { staff { locale } } userErrors { code } }
  }
`);

const Suspend = graphql(`
  mutation AuthSuspend($input: StaffStatusChangeInput!) {
    suspendStaff(input: $input) { staff { status } userErrors { field code } }
  }
`);

const Reinstate = graphql(`
  mutation AuthReinstate($input: StaffStatusChangeInput!) {
    reinstateStaff(input: $input) { staff { status } userErrors { field code } }
  }
`);

const Offboard = graphql(`
  mutation AuthOffboard($input: OffboardStaffInput!) {
    offboardStaff(input: $input) { staff { status leaveDate } userErrors { field code } }
  }
`);

const MAX_FAILURES = 3;
const MAX_FAILURES_PER_IP = 6;

let steward: TestSteward;
let clerk: Client;
beforeAll(async () => {
  steward = await startTestSteward({
    LOGIN_MAX_FAILURES: String(MAX_FAILURES),
    LOGIN_MAX_FAILURES_PER_IP: String(MAX_FAILURES_PER_IP),
    SESSION_IDLE_MINUTES: '5',
    // One proxy in front: X-Forwarded-For names the client, so each test can sign in from its own address.
    TRUST_PROXY: '1',
  });
  clerk = await steward.login('clerk');
});
afterAll(() => steward?.close());

let addresses = 0;
/** A client address no other test uses (the throttle counts failures per address). */
const newAddress = () => `10.0.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

/** One sign-in attempt, from a given address; what it answered and the cookie it set. */
async function attempt(username: string, password: string, ip: string) {
  const res = await steward.gql(Login, { input: { username, password } }, { headers: { 'x-forwarded-for': ip } });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  const login = res.body.data?.login;
  const setCookies = res.headers.getSetCookie();
  return {
    username: login?.viewer?.staff.username ?? null,
    error: login?.userErrors[0] ?? null,
    errors: login?.userErrors ?? [],
    setCookies,
    cookie: setCookies[0]?.split(';')[0],
  };
}

const withCookie = (cookie: string | undefined) => {
  if (!cookie) throw new Error('no cookie');
  return { cookie };
};

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax, Path=/ session cookie (not Secure unless configured)', async () => {
    const result = await attempt('leader', DEMO_PASSWORD, newAddress());
    expect(result.username).toBe('leader');
    expect(result.setCookies).toHaveLength(1);
    const [pair, ...attributes] = (result.setCookies[0] as string).split(';').map((s) => s.trim());
    expect(pair).toMatch(/^steward_session=[A-Za-z0-9_-]{43}$/);
    const flags = attributes.map((a) => a.toLowerCase());
    expect(flags).toContain('httponly');
    expect(flags).toContain('samesite=lax');
    expect(flags).toContain('path=/');
    expect(flags).toContain(`max-age=${12 * 3600}`);
    expect(flags).not.toContain('secure');
    // The secret is not what the database keeps: only its SHA-256.
    const session = await steward.orm.em.fork().findOne(Session, { id: sessionIdOf(pair) });
    expect(session).not.toBeNull();
    expect(session?.id).not.toContain((pair as string).split('=')[1]);
  });

  it('marks the cookie Secure when COOKIE_SECURE=true', async () => {
    const secure = await startTestSteward({ COOKIE_SECURE: 'true' });
    try {
      const res = await secure.gql(Login, { input: { username: 'leader', password: DEMO_PASSWORD } });
      const cookie = res.headers.getSetCookie()[0] ?? '';
      const flags = cookie.split(';').map((s) => s.trim().toLowerCase());
      expect(flags).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']));
    } finally {
      await secure.close();
    }
  });

  it('has no demo sign-ins unless DEMO_DATA is set', async () => {
    const bare = await startTestSteward({ DEMO_DATA: 'false' });
    try {
      const res = await bare.gql(Login, { input: { username: 'manager', password: DEMO_PASSWORD } });
      expect(res.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
      expect(await bare.orm.em.fork().getConnection().execute('select id from staff')).toEqual([]);
    } finally {
      await bare.close();
    }
  });

  it('takes the username in any case', async () => {
    expect((await attempt('  LeAdEr ', DEMO_PASSWORD, newAddress())).username).toBe('leader');
  });

  it('gives the same answer for an unknown user and a wrong password, and sets no cookie', async () => {
    const ip = newAddress();
    const unknown = await attempt('nobody-here', DEMO_PASSWORD, ip);
    const wrong = await attempt('fire', 'not the password 1', newAddress());
    const empty = await attempt('', '', newAddress());
    const overlong = await attempt('fire', 'x'.repeat(10_000), newAddress());
    for (const result of [unknown, wrong, empty, overlong]) {
      expect(result.username).toBeNull();
      expect(result.errors).toEqual([
        { field: null, message: 'Username or password is incorrect.', code: 'INVALID_CREDENTIALS' },
      ]);
      expect(result.setCookies).toEqual([]);
    }
  });

  it('locks an account after LOGIN_MAX_FAILURES failures: then even the right password, from anywhere, is LOCKED', async () => {
    const ip = newAddress();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await attempt('officer2', `wrong ${i}x`, ip)).error?.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await attempt('officer2', DEMO_PASSWORD, newAddress());
    expect(locked.username).toBeNull();
    expect(locked.error).toMatchObject({ field: null, code: 'LOCKED' });
    expect(locked.error?.message).toMatch(/Try again in 15 minute/);
    expect(locked.setCookies).toEqual([]);
    // Only that account: another one signs in from the same address.
    expect((await attempt('officer3', DEMO_PASSWORD, ip)).username).toBe('officer3');

    // When the lock runs out, the right password works again, and the count starts afresh.
    const em = steward.orm.em.fork();
    const row = await em.findOneOrFail(LoginThrottle, { key: 'user:officer2' });
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    await em.nativeUpdate(LoginThrottle, { key: 'user:officer2' }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await attempt('officer2', DEMO_PASSWORD, newAddress())).username).toBe('officer2');
    const cleared = await steward.orm.em.fork().findOneOrFail(LoginThrottle, { key: 'user:officer2' });
    expect(cleared).toMatchObject({ failures: 0, lockedUntil: null });
  });

  it('locks unknown usernames the same way, so a lock reveals nothing', async () => {
    const ip = newAddress();
    const answers = [];
    for (let i = 0; i < MAX_FAILURES; i++) answers.push(await attempt('ghost', `wrong ${i}x`, ip));
    expect(answers.map((a) => a.error?.code)).toEqual(Array(MAX_FAILURES).fill('INVALID_CREDENTIALS'));
    const locked = await attempt('ghost', DEMO_PASSWORD, newAddress());
    expect(locked.error?.code).toBe('LOCKED');

    // A real account, locked the same way, answers in the same words.
    for (let i = 0; i < MAX_FAILURES; i++) await attempt('officer4', `wrong ${i}x`, ip);
    const real = await attempt('officer4', DEMO_PASSWORD, newAddress());
    expect(real.errors).toEqual(locked.errors);
  });

  it('locks an address after LOGIN_MAX_FAILURES_PER_IP failures, whichever names were tried', async () => {
    const ip = newAddress();
    // One failure per name: no account reaches its own limit.
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      expect((await attempt(`spray${i}`, 'guess 123', ip)).error?.code).toBe('INVALID_CREDENTIALS');
    }
    const fromThere = await attempt('cs', DEMO_PASSWORD, ip);
    expect(fromThere.error?.code).toBe('LOCKED');
    expect(fromThere.setCookies).toEqual([]);
    // The same account, from elsewhere, is fine: the address was locked, not the account.
    expect((await attempt('cs', DEMO_PASSWORD, newAddress())).username).toBe('cs');
  });

  it('refuses a login from an API token (tokens cannot run mutations)', async () => {
    const leader = await steward.login('leader');
    const token = await createToken(leader, ['READ']);
    const res = await steward
      .withToken(token.secret)
      .gql(
        Login,
        { input: { username: 'leader', password: DEMO_PASSWORD } },
        { headers: { 'x-forwarded-for': newAddress() } },
      );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});

describe('sessions', () => {
  it('signing out revokes the session: the old cookie is refused on the next request', async () => {
    const { cookie } = await attempt('leader', DEMO_PASSWORD, newAddress());
    const headers = withCookie(cookie);
    expect((await steward.gql(Sites, {}, { headers })).body.errors).toBeUndefined();

    const out = await steward.gql(Logout, {}, { headers });
    expect(out.body.data?.logout).toEqual({ signedOut: true, userErrors: [] });
    const cleared = out.headers.getSetCookie()[0] ?? '';
    expect(cleared).toMatch(/^steward_session=;/);
    expect(cleared.toLowerCase()).toMatch(/max-age=0/);
    expect(cleared.toLowerCase()).toMatch(/httponly/);

    const after = await steward.gql(Sites, {}, { headers });
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await steward.gql(Me, {}, { headers })).body.data).toEqual({ viewer: null });
    const session = await steward.orm.em.fork().findOneOrFail(Session, { id: sessionIdOf(cookie) });
    expect(session.revokedAt).not.toBeNull();
    // Signing out twice, or anonymously, is not possible.
    expect((await steward.gql(Logout, {}, { headers })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends an idle session after SESSION_IDLE_MINUTES, and keeps an active one alive', async () => {
    const { cookie } = await attempt('fire', DEMO_PASSWORD, newAddress());
    const headers = withCookie(cookie);
    const id = sessionIdOf(cookie);
    const setLastSeen = (minutesAgo: number) =>
      steward.orm.em.fork().nativeUpdate(Session, { id }, { lastSeenAt: new Date(Date.now() - minutesAgo * 60_000) });

    // Four minutes idle: still signed in, and the visit counts as activity.
    await setLastSeen(4);
    expect((await steward.gql(Sites, {}, { headers })).body.errors).toBeUndefined();
    const touched = await steward.orm.em.fork().findOneOrFail(Session, { id });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(10_000);

    // Six minutes idle (the limit is 5): signed out.
    await setLastSeen(6);
    expect((await steward.gql(Sites, {}, { headers })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await steward.gql(Me, {}, { headers })).body.data).toEqual({ viewer: null });
    // A refused request is no activity: it stays signed out.
    const idle = await steward.orm.em.fork().findOneOrFail(Session, { id });
    expect(Date.now() - idle.lastSeenAt.getTime()).toBeGreaterThan(5 * 60_000);
    expect((await steward.gql(Sites, {}, { headers })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session at its absolute expiry, however active', async () => {
    const { cookie } = await attempt('fire', DEMO_PASSWORD, newAddress());
    const headers = withCookie(cookie);
    await steward.orm.em
      .fork()
      .nativeUpdate(Session, { id: sessionIdOf(cookie) }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await steward.gql(Sites, {}, { headers })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('will not let SESSION_IDLE_MINUTES go below 5', () => {
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '4' })).toThrow(ConfigError);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '5' }).auth.sessionIdleMinutes).toBe(5);
  });

  it('ignores forged, overlong or garbage cookies and bearer headers', async () => {
    const forgeries: Record<string, string>[] = [
      { cookie: 'steward_session=forged' },
      { cookie: `steward_session=${'a'.repeat(5000)}` },
      { authorization: 'Bearer stw_forged' },
      { authorization: `Bearer stw_${'a'.repeat(5000)}` },
      { authorization: 'Basic bWFuYWdlcjpTdGV3YXJkMjAyNg==' },
    ];
    for (const headers of forgeries) {
      const res = await steward.gql(Sites, {}, { headers });
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(headers).slice(0, 80)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('staff who may no longer work', () => {
  it('suspended: cannot sign in; their sessions and tokens stop working on the next request', async () => {
    const person = await onboard(clerk);
    const session = await firstSignIn(steward, person);
    const token = await createToken(session, ['READ']);
    const viaToken = steward.withToken(token.secret);
    expect((await session.gql(Sites)).body.errors).toBeUndefined();
    expect((await viaToken.gql(Sites)).body.errors).toBeUndefined();

    const suspended = await clerk.gql(Suspend, { input: { staffId: person.id, reason: 'Investigation' } });
    expect(suspended.body.data?.suspendStaff).toEqual({ staff: { status: 'SUSPENDED' }, userErrors: [] });

    expect((await session.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await viaToken.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The same answer as a wrong password: a sign-in page reveals nothing about the account.
    const refused = await attempt(person.username, person.password, newAddress());
    expect(refused.errors).toEqual([
      { field: null, message: 'Username or password is incorrect.', code: 'INVALID_CREDENTIALS' },
    ]);

    // Reinstated: a new sign-in works; what was revoked stays revoked.
    const back = await clerk.gql(Reinstate, { input: { staffId: person.id, reason: 'Cleared' } });
    expect(back.body.data?.reinstateStaff.staff?.status).toBe('ACTIVE');
    expect((await session.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await viaToken.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await steward.login(person.username, person.password);
    expect((await again.gql(Sites)).body.errors).toBeUndefined();
  });

  it('offboarded: cannot sign in; their sessions and tokens stop working on the next request', async () => {
    const person = await onboard(clerk);
    const session = await firstSignIn(steward, person);
    const token = await createToken(session, ['READ']);
    const viaToken = steward.withToken(token.secret);
    expect((await viaToken.gql(Sites)).body.errors).toBeUndefined();

    const res = await clerk.gql(Offboard, {
      input: { staffId: person.id, leaveDate: '2026-06-30', reason: 'Resigned' },
    });
    expect(res.body.data?.offboardStaff).toEqual({
      staff: { status: 'LEFT', leaveDate: '2026-06-30' },
      userErrors: [],
    });

    expect((await session.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await viaToken.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await attempt(person.username, person.password, newAddress());
    expect(refused.error?.code).toBe('INVALID_CREDENTIALS');
    expect(refused.setCookies).toEqual([]);
  });
});

describe('first sign-in', () => {
  it('makes a newly onboarded member of staff change the first password', async () => {
    const person = await onboard(clerk);
    const session = await steward.login(person.username, person.password);
    const other = await steward.login(person.username, person.password);
    const me = await session.gql(Me);
    expect(me.body.data?.viewer).toMatchObject({ mustChangePassword: true, staff: { mustChangePassword: true } });

    const change = (currentPassword: string, newPassword: string) =>
      session.gql(ChangePassword, { input: { currentPassword, newPassword } });

    const wrongCurrent = await change('not it 123', 'Better2026x');
    expect(wrongCurrent.body.data?.changePassword).toEqual({
      viewer: null,
      userErrors: [
        {
          field: ['input', 'currentPassword'],
          message: 'currentPassword is not your current password',
          code: 'INVALID_CREDENTIALS',
        },
      ],
    });
    for (const weak of ['short1', 'onlyletters', '1234567890', `${person.username}9x`]) {
      const res = await change(person.password, weak);
      expect(res.body.data?.changePassword.userErrors, weak).toEqual([
        expect.objectContaining({ field: ['input', 'newPassword'], code: 'WEAK_PASSWORD' }),
      ]);
    }
    const same = await change(person.password, person.password);
    expect(same.body.data?.changePassword.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'newPassword'], code: 'INVALID' }),
    ]);
    const tooLong = await change(person.password, `a1${'x'.repeat(127)}`);
    expect(tooLong.body.data?.changePassword.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'newPassword'], code: 'TOO_LONG' }),
    ]);
    // None of that changed anything.
    expect((await session.gql(Me)).body.data?.viewer?.mustChangePassword).toBe(true);

    const done = await change(person.password, 'Better2026x');
    expect(done.body.data?.changePassword).toEqual({
      viewer: { mustChangePassword: false, staff: { mustChangePassword: false } },
      userErrors: [],
    });
    expect((await session.gql(Me)).body.data?.viewer?.mustChangePassword).toBe(false);
    // Other browsers signed in with the old password are signed out; this one is not.
    expect((await other.gql(Sites)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await session.gql(Sites)).body.errors).toBeUndefined();
    // The old password no longer works; the new one does.
    expect((await attempt(person.username, person.password, newAddress())).error?.code).toBe('INVALID_CREDENTIALS');
    expect((await attempt(person.username, 'Better2026x', newAddress())).username).toBe(person.username);
  });

  it('will not change a password for an API token or an anonymous caller', async () => {
    const input = { currentPassword: DEMO_PASSWORD, newPassword: 'Another2026x' };
    const anonymous = await steward.gql(ChangePassword, { input });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const token = await createToken(await steward.login('analyst'), ['READ']);
    const viaToken = await steward.withToken(token.secret).gql(ChangePassword, { input });
    expect(viaToken.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await attempt('analyst', DEMO_PASSWORD, newAddress())).username).toBe('analyst');
  });
});

describe('viewer', () => {
  it('returns the signed-in staff member with position, department, sites and effective permissions', async () => {
    const leader = await steward.login('leader');
    const { body } = await leader.gql(Me);
    expect(body.errors).toBeUndefined();
    const viewer = body.data?.viewer;
    expect(viewer).toMatchObject({
      authenticatedBy: 'SESSION',
      mustChangePassword: false,
      staff: {
        username: 'leader',
        name: '刘强',
        employeeNo: 'E0202',
        status: 'ACTIVE',
        locale: 'ZH_CN',
        position: { key: 'order_maintenance_shift_leader' },
        department: { key: 'order_maintenance' },
        sites: [{ code: 'CUIHU' }],
      },
    });
    const granted = new Map((viewer?.permissions ?? []).map((g) => [g.permission, g.scope]));
    expect(granted).toEqual(defaultGrantsOf('order_maintenance_shift_leader'));
    expect(granted.get('staff.read')).toBe('SITE');

    // A company-level post has no department; an API token says so.
    const analyst = await steward.login('analyst');
    const token = await createToken(analyst, ['READ']);
    const viaToken = await steward.withToken(token.secret).gql(Me);
    expect(viaToken.body.data?.viewer).toMatchObject({
      authenticatedBy: 'TOKEN',
      staff: { username: 'analyst', department: null, position: { key: 'analyst' } },
    });
    const analystGrants = new Map((viaToken.body.data?.viewer?.permissions ?? []).map((g) => [g.permission, g.scope]));
    expect(analystGrants).toEqual(defaultGrantsOf('analyst'));
    expect([...analystGrants.keys()].every((p) => p.endsWith('.read'))).toBe(true);
  });

  it('keeps the language the viewer chose; a request’s explicit Accept-Language still wins', async () => {
    const cs = await steward.login('cs2');
    const set = await cs.gql(SetLocale, { input: { locale: 'EN' } });
    expect(set.body.data?.setMyLocale).toEqual({ viewer: { staff: { locale: 'EN' } }, userErrors: [] });
    expect((await cs.gql(Me)).body.data?.viewer?.staff.locale).toBe('EN');
    const name = async (acceptLanguage: string) => {
      const res = await cs.post(JSON.stringify({ query: '{ department(key: "customer_service") { name } }' }), {
        'accept-language': acceptLanguage,
      });
      return (res.json as { data: { department: { name: string } } }).data.department.name;
    };
    expect(await name('zh-CN')).toBe('客户服务部');
    expect(await name('en-GB,en;q=0.8')).toBe('Customer Service Department');
  });
});

describe('before the first password is changed', () => {
  it('allows only viewer, changePassword, setMyLocale and logout', async () => {
    const person = await onboard(clerk);
    const session = await steward.login(person.username, person.password);
    const blocked = await session.gql(Sites);
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blocked.body.data).toBeNull();
    expect((await session.gql(Me)).body.data?.viewer?.mustChangePassword).toBe(true);
    expect((await session.gql(SetLocale, { input: { locale: 'EN' } })).body.data?.setMyLocale.userErrors).toEqual([]);

    const changed = await session.gql(ChangePassword, {
      input: { currentPassword: person.password, newPassword: 'Mine2026abc' },
    });
    expect(changed.body.data?.changePassword.userErrors).toEqual([]);
    expect((await session.gql(Sites)).body.errors).toBeUndefined();
  });
});

describe('language', () => {
  it('uses the saved preference when the request names no language it can serve', async () => {
    const analyst = await steward.login('analyst');
    await analyst.gql(SetLocale, { input: { locale: 'EN' } });
    const Name = `{ department(key: "customer_service") { name } }`;
    const ask = async (acceptLanguage: string) =>
      (
        (await analyst.post(JSON.stringify({ query: Name }), { 'accept-language': acceptLanguage })).json as {
          data: { department: { name: string } };
        }
      ).data.department.name;
    expect(await ask('*')).toBe('Customer Service Department');
    expect(await ask('fr-FR')).toBe('Customer Service Department');
    // An explicit supported language wins: content negotiation, as HTTP clients expect.
    expect(await ask('zh-CN')).toBe('客户服务部');
    await analyst.gql(SetLocale, { input: { locale: 'ZH_CN' } });
    expect(await ask('*')).toBe('客户服务部');
  });
});
