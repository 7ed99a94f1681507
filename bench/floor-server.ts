/**
 * The floor the throughput benchmark compares Steward with: a plain `node:http` server that, for
 * each operation, runs exactly the SQL statements Steward ran for it (captured with SQL_TRACE,
 * the viewer's sign-in lookups included) on one SQLite connection, and answers `JSON.stringify`
 * of the rows. No GraphQL, no ORM, no framework: what the database work costs by itself.
 *
 * `tsx bench/floor-server.ts <database file> <operations.json>`; prints `listening <port>`.
 * operations.json: `{ "<name>": [{ "sql": "…", "params": […] }, …] }`; serves `POST /op/<name>`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Statement {
  sql: string;
  params: unknown[];
}
interface Database {
  all(sql: string, params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
}

const [file, operationsFile] = process.argv.slice(2);
if (!file || !operationsFile) throw new Error('usage: floor-server.ts <database> <operations.json>');
const operations = JSON.parse(readFileSync(operationsFile, 'utf8')) as Record<string, Statement[]>;

// The driver Steward itself uses (sqlite3 through MikroORM), so both sides read alike.
const api = join(resolve(fileURLToPath(import.meta.url), '../..'), 'apps/api/package.json');
const sqlite3 = createRequire(createRequire(api).resolve('@mikro-orm/sqlite'))('sqlite3') as {
  OPEN_READONLY: number;
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => Database;
};
const db = await new Promise<Database>((ok, fail) => {
  const opened: Database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? fail(err) : ok(opened)));
});
const all = (s: Statement) =>
  new Promise<unknown[]>((ok, fail) => db.all(s.sql, s.params, (err, rows) => (err ? fail(err) : ok(rows))));

// Reads only: Steward's occasional writes (a token's last use, once a minute) are not the floor's.
const reads = Object.fromEntries(
  Object.entries(operations).map(([name, list]) => [name, list.filter((s) => /^\s*(select|with)\b/i.test(s.sql))]),
);

const server = createServer((req, res) => {
  const name = /^\/op\/([\w-]+)$/.exec(req.url ?? '')?.[1];
  const statements = name ? reads[name] : undefined;
  req.resume();
  req.on('end', async () => {
    if (!statements) {
      res.writeHead(404).end();
      return;
    }
    try {
      const results: unknown[][] = [];
      // One after another, as Steward ran them (each batch of the ORM waits for the one before).
      for (const s of statements) results.push(await all(s));
      const body = JSON.stringify({ data: results });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
