import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestSteward, type TestSteward } from '../support/steward.js';

/** The access log: one line per request, at its end, with what an operator needs and no secrets. */
const LoggedQuery = graphql(`
  query RequestLogDepartments {
    departments { key }
  }
`);

type Line = Record<string, unknown> & {
  msg?: string;
  reqId?: string;
  level?: number;
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
};

const lines: Line[] = [];
let steward: TestSteward;
beforeAll(async () => {
  steward = await startTestSteward(
    { LOG_LEVEL: 'info' },
    {},
    {
      logTo: { write: (line: string) => void lines.push(JSON.parse(line) as Line) },
    },
  );
});
afterAll(() => steward?.close());

const linesOf = (id: string) => lines.filter((l) => l.reqId === id || l.req?.id === id);

describe('the request log', () => {
  it('ends each request with one line: its id, method, URL, status and time, never its credentials', async () => {
    const client = await steward.login('manager');
    const { headers } = await client.gql(LoggedQuery, {}, { headers: { 'x-request-id': 'log-trace-1' } });
    expect(headers.get('x-request-id')).toBe('log-trace-1');
    await expect.poll(() => linesOf('log-trace-1').length).toBe(1);
    const [line] = linesOf('log-trace-1');
    expect(line).toMatchObject({
      msg: 'request completed',
      level: 30,
      reqId: 'log-trace-1',
      req: { id: 'log-trace-1', method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      service: 'steward-api',
    });
    expect(typeof line?.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toMatch(/steward_session|cookie|authorization/i);
  });

  it('logs a refused request as a warning, with the same description', async () => {
    const res = await fetch(`${steward.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-request-id': 'log-trace-2', authorization: 'Bearer stw_secret' },
      body: '{ departments { key } }',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    await expect.poll(() => linesOf('log-trace-2').filter((l) => l.msg === 'request completed').length).toBe(1);
    const line = linesOf('log-trace-2').find((l) => l.msg === 'request completed');
    expect(line).toMatchObject({
      level: 40,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: res.status },
    });
    expect(JSON.stringify(linesOf('log-trace-2'))).not.toContain('stw_secret');
  });
});
