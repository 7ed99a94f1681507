import { Migration } from '@mikro-orm/migrations';

export class Migration20261127190000_CaseHeldIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`case_record_holder_department_key_status_created_at_id_department_key_index\`;`);
    this.addSql(`create index \`case_record_held_index\` on \`case_record\` (\`holder_department_key\`, \`department_key\`, \`status\`, \`created_at\`, \`id\`);`);
  }

}
