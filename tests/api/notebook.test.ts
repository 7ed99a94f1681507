import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSteward, type TestSteward } from '../support/steward.js';

/**
 * The analyst's notebook (examples/notebooks/analytics.ipynb), executed end to end by Debian's
 * Jupyter (python3-nbconvert, python3-ipykernel; `npm test` installs them) against a live server
 * with the demo data: any failing cell fails this test. The server side of what it calls is
 * tested on both dialects elsewhere, so this runs in the SQLite pass only (vitest.config.ts).
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const NOTEBOOK = join(ROOT, 'examples/notebooks/analytics.ipynb');
const PYTHON = '/usr/bin/python3';

let steward: TestSteward;
const out = mkdtempSync(join(tmpdir(), 'steward-notebook-'));

beforeAll(async () => {
  steward = await startTestSteward();
});

afterAll(async () => {
  await steward?.close();
  rmSync(out, { recursive: true, force: true });
});

type Output = { output_type: string; text?: string | string[]; ename?: string; evalue?: string };
type Notebook = { cells: { cell_type: string; outputs?: Output[] }[] };

describe('the analyst’s notebook', () => {
  it('runs every cell against a live server with a read token, and draws the chart', async () => {
    const analyst = await steward.login('analyst');
    const created = await analyst.post(
      JSON.stringify({
        query:
          'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { message } } }',
        variables: {
          input: { name: '分析笔记本', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
        },
      }),
    );
    const secret = (created.json as { data: { createApiToken: { secret: string } } }).data.createApiToken.secret;
    expect(secret).toBeTruthy();

    // Not spawnSync: the server under test runs in this process and must go on answering.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        PYTHON,
        [
          '-m',
          'nbconvert',
          '--to',
          'notebook',
          '--execute',
          '--ExecutePreprocessor.timeout=180',
          '--output-dir',
          out,
          '--output',
          'executed.ipynb',
          NOTEBOOK,
        ],
        {
          env: {
            ...process.env,
            STEWARD_URL: steward.url,
            STEWARD_TOKEN: secret,
            STEWARD_OUTPUT_DIR: out,
            MPLBACKEND: 'Agg',
          },
          encoding: 'utf8',
          timeout: 240_000,
          maxBuffer: 16 * 1024 * 1024,
        },
        (error, stdout, stderr) => done({ status: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const executed = JSON.parse(readFileSync(join(out, 'executed.ipynb'), 'utf8')) as Notebook;
    const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
    const printed = outputs.map((o) => (Array.isArray(o.text) ? o.text.join('') : (o.text ?? ''))).join('');
    expect(printed).toContain('Signed in as 周敏 (analyst)');
    expect(printed).toMatch(/\d+ cases in \d+ pages since/);
    expect(printed).toMatch(/\d+ rows, columns: /);
    expect(statSync(join(out, 'weekly-complaints.png')).size).toBeGreaterThan(10_000);
    expect(readFileSync(join(out, 'cases.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  }, 300_000);
});
