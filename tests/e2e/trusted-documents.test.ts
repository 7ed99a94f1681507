/**
 * The web app under trusted documents (issue 8 §4), as production runs it: every operation it
 * sends — queries, mutations, the sockets' subscriptions — goes by its build-time id, never as
 * text, and the server (TRUSTED_DOCUMENTS=true) refuses none of them.
 */
import type { Page, WebSocket } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { signIn } from '../support/sign-in.js';

let server: BuiltServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBuiltServer({ NODE_ENV: 'development', DEMO_DATA: 'true', TRUSTED_DOCUMENTS: 'true' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server) expect(await server.stop()).toBe(0);
});

interface Sent {
  kind: 'http' | 'socket';
  operationName: string | null;
  hasText: boolean;
  id: string | null;
}

/** Every GraphQL operation the page sends, and every error code the server answers. */
function watch(page: Page) {
  const sent: Sent[] = [];
  const codes: string[] = [];
  const record = (kind: Sent['kind'], body: { query?: string; operationName?: string; extensions?: unknown }) => {
    const ext = body.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined;
    sent.push({
      kind,
      operationName: body.operationName ?? null,
      hasText: typeof body.query === 'string' && body.query.length > 0,
      id: ext?.persistedQuery?.sha256Hash ?? null,
    });
  };
  page.on('request', (req) => {
    if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
    record('http', JSON.parse(req.postData() ?? '{}'));
  });
  page.on('response', async (res) => {
    if (!res.url().endsWith('/graphql')) return;
    const body = (await res.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    for (const e of body.errors ?? []) codes.push(e.extensions?.code ?? 'UNKNOWN');
  });
  page.on('websocket', (ws: WebSocket) => {
    ws.on('framesent', (frame) => {
      const message = JSON.parse(String(frame.payload)) as { type?: string; payload?: Record<string, unknown> };
      if (message.type === 'subscribe' && message.payload) record('socket', message.payload);
    });
    ws.on('framereceived', (frame) => {
      const message = JSON.parse(String(frame.payload)) as {
        type?: string;
        payload?: { extensions?: { code?: string } }[];
      };
      if (message.type === 'error') for (const e of message.payload ?? []) codes.push(e.extensions?.code ?? 'UNKNOWN');
    });
  });
  return { sent, codes };
}

describe('the web app', () => {
  it('signs in, lists cases and opens one, all by persisted id', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const { sent, codes } = watch(page);
    await signIn(page, server.url, 'cs', { next: '/cases' });
    await page.waitForURL(/\/cases/);
    const rows = page.getByTestId('case-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await rows.first().click();
    await expect.poll(() => page.getByTestId('case-page').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('case-title').textContent()).not.toBe('');

    // Queries, the sign-in mutation, and (on the case page) the live timeline's subscription.
    expect(sent.filter((s) => s.kind === 'http').length).toBeGreaterThan(3);
    expect(sent.some((s) => s.operationName === 'Login')).toBe(true);
    expect(sent.filter((s) => s.hasText || !s.id?.startsWith('sha256:'))).toEqual([]);
    expect(codes).toEqual([]);
    await page.close();
  });
});
