/**
 * Trusted documents (issue 8 §4): the web app sends the ids of the documents codegen generated
 * for it (packages/schema/persisted-documents.json); with TRUSTED_DOCUMENTS on (the production
 * default) the server runs those, and documents of one's own only for an API token with the read
 * scope or staff with the developer permission.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor, DEMO_PASSWORD, startTestSteward, type TestSteward } from '../support/steward.js';

const MANIFEST = JSON.parse(
  readFileSync(new URL('../../packages/schema/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** The id of the web app's document that starts so (its operation). */
function idOf(start: string): string {
  const found = Object.entries(MANIFEST).find(([, text]) => text.startsWith(start) || text.includes(` ${start}`));
  if (!found) throw new Error(`no persisted document with ${start}`);
  return found[0];
}

const byId = (id: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });

type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
const codes = (json: unknown) => ((json as Answer).errors ?? []).map((e) => e.extensions?.code);

let steward: TestSteward;
let anonymous: Client;

/** Signs in as the web app does: the persisted sign-in mutation, by id. */
async function signInById(username: string): Promise<Client> {
  const login = idOf('mutation Login(');
  const res = await anonymous.post(byId(login, { input: { username, password: DEMO_PASSWORD } }));
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  expect(codes(res.json), res.text).toEqual([]);
  if (!cookie) throw new Error(`no session for ${username}: ${res.text}`);
  return clientFor(steward.url, { cookie });
}

beforeAll(async () => {
  steward = await startTestSteward({ TRUSTED_DOCUMENTS: 'true' });
  anonymous = clientFor(steward.url, {});
});
afterAll(() => steward?.close());

describe('the web app’s documents, by id', () => {
  it('runs a persisted query and a persisted mutation for a signed-in member of staff', async () => {
    const cs = await signInById('cs');
    const sites = await cs.post(byId(idOf('query CaseChoices')));
    expect(sites.status).toBe(200);
    expect(codes(sites.json)).toEqual([]);
    expect(((sites.json as Answer).data?.sites as unknown[] | undefined)?.length).toBeGreaterThan(0);
    // __typename is in the stored text: graphcache needs it on every object.
    expect(JSON.stringify(sites.json)).toContain('"__typename":"Site"');
    const out = await cs.post(byId(idOf('mutation Logout')));
    expect((out.json as Answer).data).toMatchObject({ logout: { signedOut: true } });
  });

  it('accepts the id with or without its sha256: prefix, and the same text sent alongside', async () => {
    const cs = await signInById('cs');
    const id = idOf('query CaseChoices');
    const bare = await cs.post(byId(id.replace(/^sha256:/, '')));
    expect(codes(bare.json)).toEqual([]);
    const withText = await cs.post(
      JSON.stringify({ query: MANIFEST[id], extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
    );
    expect(codes(withText.json)).toEqual([]);
  });

  it('answers 400 PERSISTED_QUERY_NOT_FOUND for an unknown id, and for a text that is not the id’s', async () => {
    const cs = await signInById('cs');
    const unknown = await cs.post(byId(`sha256:${'0'.repeat(64)}`));
    expect(unknown.status).toBe(400);
    expect(codes(unknown.json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const mismatch = await cs.post(
      JSON.stringify({
        query: '{ auditEvents(first: 100) { edges { node { id } } } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: idOf('query CaseChoices') } },
      }),
    );
    expect(mismatch.status).toBe(400);
    expect(codes(mismatch.json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('documents of one’s own', () => {
  const OWN = '{ cases(first: 2) { totalCount } }';

  it('are refused to a browser session and to the signed-out: TRUSTED_DOCUMENT_REQUIRED', async () => {
    const cs = await signInById('cs');
    for (const client of [cs, anonymous]) {
      const res = await client.post(JSON.stringify({ query: OWN }));
      expect(res.status).toBe(400);
      expect(codes(res.json)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
      expect((res.json as Answer).data).toBeUndefined();
    }
  });

  it('run for an API token with the read scope (notebooks)', async () => {
    const analyst = await signInById('analyst');
    // Creating a token is a document of the web app's own (the tokens page).
    const create = await analyst.post(
      byId(idOf('mutation CreateApiToken('), {
        input: { name: 'notebook', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      }),
    );
    const secret = ((create.json as Answer).data?.createApiToken as { secret?: string } | undefined)?.secret;
    expect(secret, create.text).toMatch(/^stw_/);
    const notebook = steward.withToken(secret as string);
    const res = await notebook.post(JSON.stringify({ query: OWN }));
    expect(codes(res.json)).toEqual([]);
    expect((res.json as Answer).data).toMatchObject({ cases: { totalCount: expect.any(Number) } });
  });

  it('run for staff whose position has the developer permission, once it is granted', async () => {
    const manager = await signInById('manager');
    const before = await manager.post(JSON.stringify({ query: OWN }));
    expect(codes(before.json)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    const grant = await manager.post(
      byId(idOf('mutation SetPositionGrant('), {
        input: { positionKey: 'company_manager', permission: 'developer.manage', scope: 'ALL' },
      }),
    );
    expect(codes(grant.json), grant.text).toEqual([]);
    expect((grant.json as Answer).data?.setPositionGrant, grant.text).toMatchObject({ userErrors: [] });
    const after = await manager.post(JSON.stringify({ query: OWN }));
    expect(codes(after.json)).toEqual([]);
  });
});
