import { Migration } from '@mikro-orm/migrations';

/**
 * A department's cases by status, newest first: the `cases` list filtered by department and
 * status over a million cases (bench/RESULTS.md). Plain SQL that SQLite and PostgreSQL both take.
 */
export class Migration20261127063000_CaseListIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index case_record_department_key_status_created_at_index on case_record (department_key, status, created_at);`,
    );
    this.addSql(
      `create index case_record_holder_department_key_status_created_at_index on case_record (holder_department_key, status, created_at);`,
    );
  }
}
