import { createRequire } from 'node:module';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The API suite runs twice in the test command: on SQLite (each server its own file) and on
 * PostgreSQL (each server its own database on the server `.ci/postgres start` brings up, whose
 * URL the command passes as STEWARD_PG_URL). Without that variable the PostgreSQL run is left out,
 * so `pnpm vitest tests/api/x.test.ts` on a laptop needs nothing but SQLite.
 */
const pgUrl = process.env.STEWARD_PG_URL ?? '';
const apiOnPostgres: TestProjectInlineConfiguration[] = pgUrl
  ? [
      {
        extends: true,
        test: {
          name: 'api-pg',
          include: ['tests/api/**/*.test.ts'],
          // No database behaviour in these (configuration parsing, shutdown of HTTP and WebSocket
          // connections, the notebook's client side), or only on SQLite files whatever the run
          // (`pnpm seed --scale`): once, on SQLite, is enough.
          exclude: [
            'tests/api/config.test.ts',
            'tests/api/graceful-shutdown.test.ts',
            'tests/api/notebook.test.ts',
            'tests/api/seed-scale.test.ts',
          ],
          env: { STEWARD_TEST_PG_URL: pgUrl },
          isolate: false,
          // Seeding the run's demo template (migrations, then the demo week: hundreds of small
          // transactions), which a file's first server may wait for, takes longer over a socket
          // than in-process SQLite.
          hookTimeout: 180_000,
          // Tests that start a second server (a setting under test) wait as long.
          testTimeout: 120_000,
        },
      },
    ]
  : [];

export default defineConfig({
  resolve: {
    // One graphql in the process, as in production: Vite would hand source files graphql's ESM
    // build while type-graphql and Apollo load the CommonJS one, and graphql-js refuses to mix
    // the two (isObjectType() on the schema throws "Cannot use … from another module or realm").
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Integration and E2E tests start real servers on real databases: keep parallelism modest
    // on 2-core machines, and give them time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
          setupFiles: ['apps/api/src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          env: { STEWARD_TEST_PG_URL: '' },
          // Each file starts its own servers on its own databases, so files need no module
          // isolation: a worker imports the API (hundreds of modules, seconds each time) once
          // and runs file after file, instead of a new process per file.
          isolate: false,
        },
      },
      ...apiOnPostgres,
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
          // A page answers a click through the network, a render and often an animation: one second
          // (vitest's default) is not enough on a loaded 2-core machine. A poll that passes returns at once.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
