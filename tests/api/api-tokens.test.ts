import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../../apps/api/src/features/auth/api-token.entity.js';
import type { CreateApiTokenInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { createToken } from '../support/factories.js';
import { auditCount } from '../support/org.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

const CreateToken = graphql(`
  mutation TokensCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token { id name scopes prefix expiresAt createdAt lastUsedAt revokedAt active owner { username } }
      userErrors { field message code }
    }
  }
`);

const RevokeToken = graphql(`
  mutation TokensRevoke($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      token { id active revokedAt }
      userErrors { field message code }
    }
  }
`);

const MyTokens = graphql(`
  query TokensMine($all: Boolean! = false) {
    apiTokens(all: $all, first: 100) { totalCount nodes { id name prefix scopes active owner { username } } }
  }
`);

const TokenNode = graphql(`
  query TokensNode($id: ID!) {
    node(id: $id) { id ... on ApiToken { name prefix } }
  }
`);

const StaffCount = graphql(`
  query TokensStaffCount {
    staffMembers(first: 1) { totalCount }
  }
`);

const Who = graphql(`
  query TokensWho {
    viewer { authenticatedBy staff { username } }
  }
`);

const SetLocale = graphql(`
  mutation TokensSetLocale {
    setMyLocale(input: { locale: ZH_CN }) { userErrors { code } }
  }
`);

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const codeOf = (res: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions?.code;

let steward: TestSteward;
let leader: Client;
let manager: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  leader = await steward.login('leader');
  manager = await steward.login('manager');
});
afterAll(() => steward?.close());

describe('creating a token', () => {
  it('returns the secret once; only its hash is stored, and nothing ever shows it again', async () => {
    const { body } = await leader.gql(CreateToken, {
      input: { name: 'Weekly patrol notebook', scopes: ['READ'], expiresAt: inDays(30) },
    });
    expect(body.errors).toBeUndefined();
    const created = body.data?.createApiToken;
    expect(created?.userErrors).toEqual([]);
    const secret = created?.secret ?? '';
    expect(secret).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
    expect(created?.token).toMatchObject({
      name: 'Weekly patrol notebook',
      scopes: ['READ'],
      active: true,
      revokedAt: null,
      lastUsedAt: null,
      owner: { username: 'leader' },
    });
    expect(secret.startsWith(created?.token?.prefix ?? '-')).toBe(true);
    expect(created?.token?.prefix.length).toBeLessThan(16);

    // The contract has no field that could carry it.
    const type = steward.schema.getType('ApiToken') as { getFields(): Record<string, unknown> };
    expect(Object.keys(type.getFields()).sort()).toEqual(
      ['active', 'createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'owner', 'prefix', 'revokedAt', 'scopes'].sort(),
    );
    // Listing and node(id) show the token, never the secret.
    const listed = await leader.post(
      JSON.stringify({ query: '{ apiTokens { nodes { id name prefix scopes active } } }' }),
    );
    expect(listed.text).not.toContain(secret);
    expect(listed.text).toContain('Weekly patrol notebook');
    const node = await leader.gql(TokenNode, { id: created?.token?.id ?? '' });
    expect(node.body.data?.node).toMatchObject({ name: 'Weekly patrol notebook' });
    expect(JSON.stringify(node.body)).not.toContain(secret);

    // The database row: a SHA-256 of the secret, and the secret in no column at all.
    const rows = await steward.orm.em
      .fork()
      .getConnection()
      .execute<Record<string, unknown>[]>('select * from api_token where name = ?', ['Weekly patrol notebook']);
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, unknown>;
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    for (const [column, value] of Object.entries(row)) {
      expect(String(value), column).not.toContain(secret.slice(4));
    }
    // Nor does the audit trail hold it.
    const audit = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ changes: string }[]>(
        "select cast(changes as text) as changes from audit_event where action = 'api_token.create'",
      );
    expect(audit.length).toBeGreaterThan(0);
    for (const a of audit) expect(a.changes).not.toContain(secret.slice(4));

    // And it works.
    const who = await steward.withToken(secret).gql(Who);
    expect(who.body.data?.viewer).toEqual({ authenticatedBy: 'TOKEN', staff: { username: 'leader' } });
    const used = await steward.orm.em.fork().findOneOrFail(ApiToken, { name: 'Weekly patrol notebook' });
    expect(used.lastUsedAt).not.toBeNull();
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'REQUIRED'],
    ['a name over 100 characters', { name: 'n'.repeat(101) }, 'name', 'TOO_LONG'],
    ['no scopes', { scopes: [] }, 'scopes', 'REQUIRED'],
    ['an expiry in the past', { expiresAt: inDays(-1) }, 'expiresAt', 'OUT_OF_RANGE'],
    ['an expiry of now', { expiresAt: new Date().toISOString() }, 'expiresAt', 'OUT_OF_RANGE'],
    ['an expiry over a year away', { expiresAt: inDays(370) }, 'expiresAt', 'OUT_OF_RANGE'],
  ] as const)('refuses %s with a userError naming the field, writing nothing', async (_label, change, field, code) => {
    const before = await steward.orm.em.fork().count(ApiToken, {});
    const events = await auditCount(steward);
    const { body } = await leader.gql(CreateToken, {
      input: { name: 'ok', scopes: ['READ'], expiresAt: inDays(10), ...(change as Partial<CreateApiTokenInput>) },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createApiToken).toMatchObject({ secret: null, token: null });
    expect(body.data?.createApiToken.userErrors).toEqual([expect.objectContaining({ field: ['input', field], code })]);
    expect(await steward.orm.em.fork().count(ApiToken, {})).toBe(before);
    expect(await auditCount(steward)).toBe(events);
  });

  it('names every bad field at once', async () => {
    const { body } = await leader.gql(CreateToken, { input: { name: '', scopes: [], expiresAt: inDays(-5) } });
    expect(body.data?.createApiToken.userErrors.map((e) => e.field?.join('.')).sort()).toEqual(
      ['input.expiresAt', 'input.name', 'input.scopes'].sort(),
    );
  });

  it('answers wrong types and unknown scopes with BAD_USER_INPUT, not a 500', async () => {
    for (const input of [
      { name: 'x', scopes: ['WRITE'], expiresAt: inDays(1) },
      { name: 'x', scopes: ['READ'], expiresAt: 'next tuesday' },
      { name: 5, scopes: ['READ'], expiresAt: inDays(1) },
      { scopes: ['READ'], expiresAt: inDays(1) },
    ]) {
      const res = await leader.post(
        JSON.stringify({
          query: 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }',
          variables: { i: input },
        }),
      );
      expect(res.status, JSON.stringify(input)).toBe(400);
      expect((res.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('duplicates a scope only once', async () => {
    const { body } = await leader.gql(CreateToken, {
      input: { name: 'twice', scopes: ['READ', 'READ', 'BOARD'], expiresAt: inDays(1) },
    });
    expect(body.data?.createApiToken.token?.scopes.slice().sort()).toEqual(['BOARD', 'READ']);
  });
});

describe('what a token may do', () => {
  it('`read`: queries, seeing what its owner sees; any mutation is FORBIDDEN', async () => {
    const { secret } = await createToken(leader, ['READ']);
    const token = steward.withToken(secret);
    const viaSession = await leader.gql(StaffCount);
    const viaToken = await token.gql(StaffCount);
    expect(viaToken.body.errors).toBeUndefined();
    // The shift leader's reach (their site), not more.
    expect(viaToken.body.data?.staffMembers.totalCount).toBe(viaSession.body.data?.staffMembers.totalCount);
    expect(viaToken.body.data?.staffMembers.totalCount).toBe(15); // CUIHU's staff, the facilities technician included

    const events = await auditCount(steward);
    expect(codeOf(await token.gql(SetLocale))).toBe('FORBIDDEN');
    const another = await token.gql(CreateToken, { input: { name: 'child', scopes: ['READ'], expiresAt: inDays(1) } });
    expect(codeOf(another)).toBe('FORBIDDEN');
    expect(another.body.data).toBeNull();
    expect(await auditCount(steward)).toBe(events);
  });

  it('`board`: no queries at all (FORBIDDEN), not even who it belongs to', async () => {
    const { secret } = await createToken(leader, ['BOARD']);
    const token = steward.withToken(secret);
    for (const res of [await token.gql(StaffCount), await token.gql(Who), await token.gql(MyTokens, {})]) {
      expect(codeOf(res), JSON.stringify(res.body)).toBe('FORBIDDEN');
      // Nothing of it answered (a nullable field is null, a non-null one nulls the whole data).
      expect(Object.values(res.body.data ?? {}).every((v) => v === null)).toBe(true);
    }
    expect(codeOf(await token.gql(SetLocale))).toBe('FORBIDDEN');
  });

  it('stops working on the next request once revoked', async () => {
    const { id, secret } = await createToken(leader, ['READ']);
    const token = steward.withToken(secret);
    expect((await token.gql(StaffCount)).body.errors).toBeUndefined();
    const revoked = await leader.gql(RevokeToken, { input: { tokenId: id } });
    expect(revoked.body.data?.revokeApiToken).toMatchObject({ token: { id, active: false }, userErrors: [] });
    expect(revoked.body.data?.revokeApiToken.token?.revokedAt).not.toBeNull();
    const after = await token.gql(StaffCount);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.body.data ?? null).toBeNull();
    // Revoking twice is a refused transition, not a second event.
    const events = await auditCount(steward);
    const again = await leader.gql(RevokeToken, { input: { tokenId: id } });
    expect(again.body.data?.revokeApiToken.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'tokenId'], code: 'INVALID_TRANSITION' }),
    ]);
    expect(await auditCount(steward)).toBe(events);
  });

  it('stops working once expired', async () => {
    const { secret } = await createToken(leader, ['READ']);
    const token = steward.withToken(secret);
    expect((await token.gql(StaffCount)).body.errors).toBeUndefined();
    const em = steward.orm.em.fork();
    const row = await em.findOneOrFail(ApiToken, { prefix: secret.slice(0, 10) });
    await em.nativeUpdate(ApiToken, { id: row.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await token.gql(StaffCount))).toBe('UNAUTHENTICATED');
    const listed = await leader.gql(MyTokens, {});
    expect(listed.body.data?.apiTokens.nodes.find((t) => secret.startsWith(t.prefix))?.active).toBe(false);
  });

  it('is not a session: it cannot sign out or change a password', async () => {
    const { secret } = await createToken(leader, ['READ']);
    const res = await steward.withToken(secret).post(JSON.stringify({ query: 'mutation { logout { signedOut } }' }));
    expect((res.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('listing and revoking', () => {
  it('lists your own tokens, newest first; `all: true` is for managers (api_token.manage) only', async () => {
    const officer = await steward.login('officer');
    const mine = await createToken(officer, ['READ']);
    const listed = await officer.gql(MyTokens, {});
    expect(listed.body.data?.apiTokens.nodes.map((t) => t.id)).toEqual([mine.id]);
    expect(listed.body.data?.apiTokens.nodes[0]?.owner?.username).toBe('officer');

    const refused = await officer.gql(MyTokens, { all: true });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.data ?? null).toBeNull();
    expect(codeOf(await leader.gql(MyTokens, { all: true }))).toBe('FORBIDDEN');

    const all = await manager.gql(MyTokens, { all: true });
    expect(all.body.errors).toBeUndefined();
    const owners = new Set(all.body.data?.apiTokens.nodes.map((t) => t.owner?.username));
    // The director's is the demo's control-room board token.
    expect(owners).toEqual(new Set(['leader', 'officer', 'director']));
    expect(all.body.data?.apiTokens.nodes[0]?.id).toBe(mine.id);
    expect(all.body.data?.apiTokens.totalCount).toBe(await steward.orm.em.fork().count(ApiToken, {}));
    expect(all.body.data?.apiTokens.nodes.length).toBe(await steward.orm.em.fork().count(ApiToken, {}));
  });

  it('lets a manager revoke anyone’s token; others get NOT_FOUND for a token not theirs', async () => {
    const officer = await steward.login('officer');
    const officerToken = await createToken(officer, ['READ']);
    const leaderToken = await createToken(leader, ['READ']);

    // Another's token is, to a non-manager, a token that does not exist.
    for (const [client, id] of [
      [officer, leaderToken.id],
      [leader, officerToken.id],
    ] as const) {
      const events = await auditCount(steward);
      const res = await client.gql(RevokeToken, { input: { tokenId: id } });
      expect(res.body.data?.revokeApiToken).toEqual({
        token: null,
        userErrors: [{ field: ['input', 'tokenId'], message: 'No such token', code: 'NOT_FOUND' }],
      });
      expect(await auditCount(steward)).toBe(events);
      expect((await client.gql(TokenNode, { id })).body.data?.node).toBeNull();
    }
    const unknown = await leader.gql(RevokeToken, { input: { tokenId: 'nonsense' } });
    expect(unknown.body.data?.revokeApiToken.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No such token',
    });
    expect((await steward.withToken(leaderToken.secret).gql(StaffCount)).body.errors).toBeUndefined();

    // The manager revokes the officer's: it stops at once.
    const revoked = await manager.gql(RevokeToken, { input: { tokenId: officerToken.id } });
    expect(revoked.body.data?.revokeApiToken.userErrors).toEqual([]);
    expect(codeOf(await steward.withToken(officerToken.secret).gql(StaffCount))).toBe('UNAUTHENTICATED');
    const row = await steward.orm.em.fork().findOneOrFail(ApiToken, { prefix: officerToken.prefix });
    const managerRow = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>("select id from staff where username = 'manager'");
    expect(row.revokedBy?.id).toBe(managerRow[0]?.id);
  });
});
