import 'reflect-metadata';
import { startSteward } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { demoSignIns } from './features/demo/demo.seed.js';
import { createLogger } from './logger.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const log = createLogger(config);
const steward = await startSteward(config, log).catch((error: unknown) => {
  log.fatal({ err: error }, 'Steward could not start');
  process.exit(1);
});
log.info({ url: steward.url, database: config.database.driver, env: config.nodeEnv }, 'Steward is ready');
if (process.stdout.isTTY || process.env.npm_lifecycle_event) {
  console.log(`\n  Steward is running at ${steward.url}\n${config.demoData ? `\n${demoSignIns()}\n` : ''}`);
}

let signals = 0;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (++signals > 1) process.exit(1); // a second signal means "now"
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    timer.unref();
    steward.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
