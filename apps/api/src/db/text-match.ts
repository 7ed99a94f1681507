import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * A "contains these words, whatever the case of the letters" condition that means the same on
 * both dialects: SQLite's LIKE already ignores ASCII case, PostgreSQL's does not (ILIKE does).
 * `%` and `_` typed by the user match themselves loosely (as any one character), never as
 * wildcards spanning text.
 */
export function containsText(em: EntityManager, text: string): { $like: string } | { $ilike: string } {
  const pattern = `%${text.replace(/[%_]/g, '_')}%`;
  return em.getPlatform() instanceof PostgreSqlPlatform ? { $ilike: pattern } : { $like: pattern };
}
