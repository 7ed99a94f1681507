import { Migration } from '@mikro-orm/migrations';

export class Migration20261126210252_Notices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notice\` (\`id\` text not null, \`reference\` text not null, \`kind\` text check (\`kind\` in ('NOTICE', 'ANNOUNCEMENT', 'DOCUMENT')) not null, \`status\` text check (\`status\` in ('DRAFT', 'ISSUED', 'WITHDRAWN')) not null default 'DRAFT', \`title\` text not null, \`body\` text not null, \`department_key\` text null, \`audience\` text check (\`audience\` in ('ALL_SITES', 'SITE', 'BUILDING', 'UNIT')) not null, \`site_code\` text null, \`building_id\` text null, \`unit_id\` text null, \`posted_at\` text null, \`publish_at\` datetime null, \`expires_at\` datetime null, \`requires_acknowledgement\` integer not null default false, \`acknowledgement_department_keys\` json not null, \`author_id\` text not null, \`issued_by_id\` text null, \`issued_at\` datetime null, \`withdrawn_by_id\` text null, \`withdrawn_at\` datetime null, \`withdraw_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`notice_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on delete set null on update cascade, constraint \`notice_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on delete set null on update cascade, constraint \`notice_building_id_foreign\` foreign key(\`building_id\`) references \`building\`(\`id\`) on delete set null on update cascade, constraint \`notice_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`notice_author_id_foreign\` foreign key(\`author_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`notice_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`notice_withdrawn_by_id_foreign\` foreign key(\`withdrawn_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`notice_reference_unique\` on \`notice\` (\`reference\`);`);
    this.addSql(`create index \`notice_kind_index\` on \`notice\` (\`kind\`);`);
    this.addSql(`create index \`notice_status_index\` on \`notice\` (\`status\`);`);
    this.addSql(`create index \`notice_department_key_index\` on \`notice\` (\`department_key\`);`);
    this.addSql(`create index \`notice_site_code_index\` on \`notice\` (\`site_code\`);`);
    this.addSql(`create index \`notice_building_id_index\` on \`notice\` (\`building_id\`);`);
    this.addSql(`create index \`notice_unit_id_index\` on \`notice\` (\`unit_id\`);`);
    this.addSql(`create index \`notice_author_id_index\` on \`notice\` (\`author_id\`);`);
    this.addSql(`create index \`notice_issued_by_id_index\` on \`notice\` (\`issued_by_id\`);`);
    this.addSql(`create index \`notice_withdrawn_by_id_index\` on \`notice\` (\`withdrawn_by_id\`);`);
    this.addSql(`create index \`notice_status_expires_at_index\` on \`notice\` (\`status\`, \`expires_at\`);`);
    this.addSql(`create index \`notice_created_at_id_index\` on \`notice\` (\`created_at\`, \`id\`);`);

    this.addSql(`create table \`notice_acknowledgement\` (\`id\` text not null, \`notice_id\` text not null, \`staff_id\` text not null, \`staff_name\` text not null, \`department_key\` text null, \`at\` datetime not null, constraint \`notice_acknowledgement_notice_id_foreign\` foreign key(\`notice_id\`) references \`notice\`(\`id\`) on update cascade, constraint \`notice_acknowledgement_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`notice_acknowledgement_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notice_acknowledgement_notice_id_index\` on \`notice_acknowledgement\` (\`notice_id\`);`);
    this.addSql(`create index \`notice_acknowledgement_staff_id_index\` on \`notice_acknowledgement\` (\`staff_id\`);`);
    this.addSql(`create index \`notice_acknowledgement_department_key_index\` on \`notice_acknowledgement\` (\`department_key\`);`);
    this.addSql(`create unique index \`notice_acknowledgement_notice_id_staff_id_unique\` on \`notice_acknowledgement\` (\`notice_id\`, \`staff_id\`);`);

    this.addSql(`alter table \`notification\` add column \`notice_id\` text null constraint \`notification_notice_id_foreign\` references \`notice\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`notification_notice_id_index\` on \`notification\` (\`notice_id\`);`);  }
}
