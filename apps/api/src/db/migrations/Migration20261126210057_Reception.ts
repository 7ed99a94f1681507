import { Migration } from '@mikro-orm/migrations';

export class Migration20261126210057_Reception extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`reception_visit\` (\`id\` text not null, \`site_code\` text not null, \`visited_at\` datetime not null, \`customer_id\` text null, \`visitor_name\` text null, \`visitor_phone\` text null, \`unit_id\` text null, \`purpose\` text check (\`purpose\` in ('COMPLAINT', 'QUESTION', 'INQUIRY', 'RENTAL', 'REPAIR', 'OTHER')) not null, \`summary\` text not null, \`received_by_id\` text not null, \`outcome\` text null, \`case_id\` text null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED', 'VOIDED')) not null default 'OPEN', \`closed_at\` datetime null, \`closed_by_id\` text null, \`voided_at\` datetime null, \`void_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`reception_visit_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`reception_visit_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete set null on update cascade, constraint \`reception_visit_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`reception_visit_received_by_id_foreign\` foreign key(\`received_by_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`reception_visit_case_id_foreign\` foreign key(\`case_id\`) references \`case_record\`(\`id\`) on delete set null on update cascade, constraint \`reception_visit_closed_by_id_foreign\` foreign key(\`closed_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`reception_visit_site_code_index\` on \`reception_visit\` (\`site_code\`);`);
    this.addSql(`create index \`reception_visit_customer_id_index\` on \`reception_visit\` (\`customer_id\`);`);
    this.addSql(`create index \`reception_visit_unit_id_index\` on \`reception_visit\` (\`unit_id\`);`);
    this.addSql(`create index \`reception_visit_purpose_index\` on \`reception_visit\` (\`purpose\`);`);
    this.addSql(`create index \`reception_visit_received_by_id_index\` on \`reception_visit\` (\`received_by_id\`);`);
    this.addSql(`create index \`reception_visit_case_id_index\` on \`reception_visit\` (\`case_id\`);`);
    this.addSql(`create unique index \`reception_visit_case_id_unique\` on \`reception_visit\` (\`case_id\`);`);
    this.addSql(`create index \`reception_visit_status_index\` on \`reception_visit\` (\`status\`);`);
    this.addSql(`create index \`reception_visit_closed_by_id_index\` on \`reception_visit\` (\`closed_by_id\`);`);
    this.addSql(`create index \`reception_visit_visited_at_id_index\` on \`reception_visit\` (\`visited_at\`, \`id\`);`);
  }

}
