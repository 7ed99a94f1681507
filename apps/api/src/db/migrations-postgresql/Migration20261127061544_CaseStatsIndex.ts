import { Migration } from '@mikro-orm/migrations';

export class Migration20261127061544_CaseStatsIndex extends Migration {
  override async up(): Promise<void> {
    // Double quotes: the same statement on SQLite and PostgreSQL.
    this.addSql(
      `create index "case_record_stats_index" on "case_record" ("created_at", "department_key", "status", "site_code", "kind", "resolved_at", "resolution_due_at");`,
    );
  }
}
