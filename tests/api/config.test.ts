import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_LOCALE, negotiateLocale } from '@steward/schema';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../apps/api/src/config.js';

/** The error `loadConfig(env)` throws; fails the test when it throws nothing or something else. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig(${JSON.stringify(env)}) did not throw`);
}

describe('loadConfig', () => {
  it('has sensible defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.nodeEnv).toBe('development');
    expect(config.logLevel).toBe('info');
    expect(config.trustProxy).toBe(0);
    expect(config.shutdownTimeoutMs).toBe(10_000);
    expect(config.explorer).toBe(true);
    expect(config.database.driver).toBe('sqlite');
    const file = config.database.driver === 'sqlite' ? config.database.file : '';
    expect(isAbsolute(file)).toBe(true);
    expect(file.replaceAll('\\', '/')).toMatch(/\/data\/steward\.sqlite$/);
    expect(config.webDist).not.toBeNull();
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: ' 127.0.0.1 ',
      PORT: '8080',
      DATABASE_URL: 'sqlite:/var/lib/steward/db.sqlite',
      LOG_LEVEL: 'warn',
      WEB_DIST: 'none',
      TRUST_PROXY: '2',
      SHUTDOWN_TIMEOUT_MS: '0',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 8080,
      database: { driver: 'sqlite', file: '/var/lib/steward/db.sqlite' },
      logLevel: 'warn',
      webDist: null,
      trustProxy: 2,
      shutdownTimeoutMs: 0,
      explorer: false,
    });
  });

  it('is silent in tests unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '   ', DATABASE_URL: '' }).port).toBe(4000);
  });

  it('accepts sqlite: and file: URLs, relative to the working directory, and :memory:', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:rel/db.sqlite' }).database).toEqual({
      driver: 'sqlite',
      file: resolve('rel/db.sqlite'),
    });
    expect(loadConfig({ DATABASE_URL: 'file:///abs/db.sqlite' }).database).toEqual({
      driver: 'sqlite',
      file: '/abs/db.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ driver: 'sqlite', file: ':memory:' });
  });

  it('reports every problem at once, naming each variable and its bad value', () => {
    const error = configError({ PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('PORT');
    expect(error.message).toContain('"abc"');
    expect(error.message).toContain('LOG_LEVEL');
    expect(error.message).toContain('"loud"');
    // It says what would have been right.
    expect(error.message).toMatch(/PORT must be an integer from 0 to 65535/);
    expect(error.message).toMatch(/LOG_LEVEL must be one of .*silent/);
  });

  it.each(['70000', '-1', '80.5', '1e3', '0x50'])('rejects PORT=%s', (port) => {
    const error = configError({ PORT: port });
    expect(error.problems).toEqual([
      expect.stringContaining(`PORT must be an integer from 0 to 65535 (got "${port}")`),
    ]);
  });

  it('rejects an unknown NODE_ENV', () => {
    expect(configError({ NODE_ENV: 'staging' }).message).toContain('NODE_ENV');
  });

  it('accepts postgres:// and postgresql:// URLs with a pool size per process', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://user:pw@db:5432/steward' }).database).toEqual({
      driver: 'postgresql',
      url: 'postgresql://user:pw@db:5432/steward',
      poolSize: 10,
    });
    const config = loadConfig({ DATABASE_URL: 'postgres://db/steward', DATABASE_POOL_SIZE: '25' });
    expect(config.database).toMatchObject({ driver: 'postgresql', poolSize: 25 });
    expect(configError({ DATABASE_URL: 'postgres://db/s', DATABASE_POOL_SIZE: '0' }).message).toContain(
      'DATABASE_POOL_SIZE',
    );
  });

  it('never echoes the password of a connection string it refuses', () => {
    const error = configError({ DATABASE_URL: 'postgres://user:s3cret@' });
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('s3cret');
  });

  it('rejects any other kind of DATABASE_URL', () => {
    for (const url of ['mysql://x', 'sqlite:', 'just-a-file.sqlite']) {
      const error = configError({ DATABASE_URL: url });
      expect(error.problems).toHaveLength(1);
      expect(error.message).toContain('DATABASE_URL');
      expect(error.message).toContain(url);
    }
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(4000);
  });

  it('applies overrides on top of the environment', () => {
    const config = loadConfig({ PORT: '5000' }, { port: 0, webDist: null });
    expect(config.port).toBe(0);
    expect(config.webDist).toBeNull();
    expect(Object.isFrozen(config)).toBe(true);
  });
});

describe('loadConfig: sign-in and demo data', () => {
  it('has safe sign-in defaults', () => {
    expect(loadConfig({}).auth).toEqual({
      cookieSecure: false,
      sessionIdleMinutes: 120,
      sessionAbsoluteHours: 12,
      maxFailuresPerAccount: 5,
      maxFailuresPerIp: 50,
      lockMinutes: 15,
    });
    expect(loadConfig({}).demoData).toBe(false);
  });

  it('reads the sign-in variables, within bounds', () => {
    const config = loadConfig({
      COOKIE_SECURE: 'true',
      SESSION_IDLE_MINUTES: '30',
      SESSION_ABSOLUTE_HOURS: '8',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_IP: '20',
      LOGIN_LOCK_MINUTES: '10',
    });
    expect(config.auth).toEqual({
      cookieSecure: true,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 8,
      maxFailuresPerAccount: 3,
      maxFailuresPerIp: 20,
      lockMinutes: 10,
    });
    const error = configError({ SESSION_IDLE_MINUTES: '1', LOGIN_MAX_FAILURES: '0', COOKIE_SECURE: 'maybe' });
    expect(error.problems.join('\n')).toMatch(/SESSION_IDLE_MINUTES/);
    expect(error.problems.join('\n')).toMatch(/LOGIN_MAX_FAILURES/);
    expect(error.problems.join('\n')).toMatch(/COOKIE_SECURE/);
  });

  it('refuses demo data (published passwords) in production', () => {
    const error = configError({ NODE_ENV: 'production', DEMO_DATA: 'true' });
    expect(error.problems).toEqual([expect.stringMatching(/DEMO_DATA cannot be used with NODE_ENV=production/)]);
    expect(loadConfig({ NODE_ENV: 'development', DEMO_DATA: 'true' }).demoData).toBe(true);
  });
});

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'zh-CN'],
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB', 'en'],
    ['english', 'zh-CN'],
    ['fr', 'zh-CN'],
    ['fr, en;q=0.1', 'en'],
    ['en;q=0.5, zh;q=0.8', 'zh-CN'],
    ['zh;q=0.5, en;q=0.8', 'en'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
    ['en;q=abc', 'zh-CN'],
    ['*', 'zh-CN'],
    [' en ; q=0.7 ', 'en'],
    ['de;q=1, en;q=0.5, zh;q=0.5', 'en'],
    [',,,;;;', 'zh-CN'],
  ])('negotiates %j as %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('defaults to Chinese', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
  });

  it('reads only the start of an enormous header', () => {
    expect(negotiateLocale(`${'x;q=0.1,'.repeat(100_000)}en`)).toBe('zh-CN');
  });
});
