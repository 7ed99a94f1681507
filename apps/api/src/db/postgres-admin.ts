import pg from 'pg';

/**
 * Creating and dropping whole PostgreSQL databases: each test server (and each benchmark) gets
 * its own, as each SQLite run gets its own file. Needs a role allowed to CREATE DATABASE.
 */
const SAFE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

function checked(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`not a database name Steward creates: ${name}`);
  return name;
}

/** The same server and credentials, another database. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${checked(name)}`;
  return url.toString();
}

/** Runs `work` on a connection to the server's `postgres` database (closed afterwards). */
export async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database: empty (from `template0`), or a copy of `template` — a database nobody is
 * connected to (PostgreSQL refuses to copy one in use).
 */
export async function createDatabase(serverUrl: string, name: string, template = 'template0'): Promise<string> {
  await onServer(serverUrl, (c) =>
    c.query(`create database "${checked(name)}" encoding 'UTF8' template "${checked(template)}"`),
  );
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (c) => c.query(`drop database if exists "${checked(name)}" with (force)`));
}
