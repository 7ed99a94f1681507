import { Migration } from '@mikro-orm/migrations';

export class Migration20261127094332_CaseQueueIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`case_record_holder_department_key_status_created_at_index\`;`);
    this.addSql(`drop index \`case_record_department_key_status_created_at_index\`;`);
    this.addSql(`drop index \`case_record_status_resolution_due_at_index\`;`);
    this.addSql(`create index \`case_record_holder_department_key_status_created_at_id_department_key_index\` on \`case_record\` (\`holder_department_key\`, \`status\`, \`created_at\`, \`id\`, \`department_key\`);`);
    this.addSql(`create index \`case_record_department_key_status_created_at_id_index\` on \`case_record\` (\`department_key\`, \`status\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`case_record_overdue_index\` on \`case_record\` (\`status\`, \`resolution_due_at\`, \`created_at\`, \`department_key\`, \`kind\`, \`site_code\`, \`channel\`, \`severity\`);`);
  }

}
