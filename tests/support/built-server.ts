import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copySqliteTemplate, seedSettings, TEMPLATES_ENABLED, templateKey } from './demo-template.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MAIN = join(ROOT, 'apps/api/dist/main.js');

export interface BuiltServer {
  url: string;
  /** Everything the process wrote, for diagnosing a failure. */
  output(): string;
  /** SIGTERM, then the exit code once the process has shut down gracefully. */
  stop(): Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The production build, run the way users run it (`node apps/api/dist/main.js`), serving the
 * built SPA, on a fresh database. Needs `pnpm build` first (the test command does it). With
 * DEMO_DATA and no DATABASE_URL of its own, the database is a copy of the run's demo template for
 * the build (see demo-template.ts: seeded by this same build, minutes ago at most), so the server
 * starts without playing the demo week again.
 */
export async function startBuiltServer(env: Record<string, string> = {}, readyWithinMs = 30_000): Promise<BuiltServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-e2e-'));
  const file = join(dataDir, 'steward.sqlite');
  if (TEMPLATES_ENABLED && env.DATABASE_URL === undefined && /^(1|true|yes|on)$/i.test(env.DEMO_DATA ?? '')) {
    const seedEnv = seedSettings(env);
    await copySqliteTemplate(templateKey('build', 'sqlite', seedEnv), file, async (at) => {
      const seeding = await spawnServer({ ...seedEnv, DEMO_DATA: 'true', DATABASE_URL: `sqlite:${at}` }, 180_000);
      const code = await seeding.stop();
      if (code !== 0) throw new Error(`the seeding server exited with ${code}:\n${seeding.output()}`);
    });
  }
  const server = await spawnServer({ DATABASE_URL: `sqlite:${file}`, ...env }, readyWithinMs);
  return {
    ...server,
    async stop() {
      const code = await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** `node apps/api/dist/main.js` on a free port, once it answers /readyz. */
async function spawnServer(env: Record<string, string>, readyWithinMs: number): Promise<BuiltServer> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready within ${readyWithinMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
