import { Migration } from '@mikro-orm/migrations';

export class Migration20261127001235_Handover extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`shift_material\` (\`id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`name\` text not null, \`unit\` text not null, \`expected_quantity\` integer not null, \`note\` text null, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`shift_material_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`shift_material_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`shift_material_site_code_index\` on \`shift_material\` (\`site_code\`);`);
    this.addSql(`create index \`shift_material_department_key_index\` on \`shift_material\` (\`department_key\`);`);
    this.addSql(`create unique index \`shift_material_site_code_department_key_name_unique\` on \`shift_material\` (\`site_code\`, \`department_key\`, \`name\`);`);

    this.addSql(`create table \`handover\` (\`id\` text not null, \`shift_id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`date\` text not null, \`status\` text not null default 'DRAFT', \`note\` text null, \`incoming_shift_id\` text null, \`submitted_at\` datetime null, \`submitted_by_id\` text null, \`late\` integer not null default false, \`cash_expected_cents\` integer null, \`cash_counted_cents\` integer null, \`cash_explanation\` text null, \`has_discrepancy\` integer not null default false, \`accepted_at\` datetime null, \`accepted_by_id\` text null, \`acceptance_note\` text null, \`accepted_on_behalf\` integer not null default false, \`disputed_at\` datetime null, \`disputed_by_id\` text null, \`dispute_reason\` text null, \`resolved_at\` datetime null, \`resolved_by_id\` text null, \`resolution\` text null, \`resolution_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`items\` json not null, \`counts\` json not null, \`version\` integer not null default 1, constraint \`handover_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`handover_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`handover_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`handover_incoming_shift_id_foreign\` foreign key(\`incoming_shift_id\`) references \`shift\`(\`id\`) on delete set null on update cascade, constraint \`handover_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`handover_accepted_by_id_foreign\` foreign key(\`accepted_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`handover_disputed_by_id_foreign\` foreign key(\`disputed_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`handover_resolved_by_id_foreign\` foreign key(\`resolved_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`handover_shift_id_index\` on \`handover\` (\`shift_id\`);`);
    this.addSql(`create unique index \`handover_shift_id_unique\` on \`handover\` (\`shift_id\`);`);
    this.addSql(`create index \`handover_site_code_index\` on \`handover\` (\`site_code\`);`);
    this.addSql(`create index \`handover_department_key_index\` on \`handover\` (\`department_key\`);`);
    this.addSql(`create index \`handover_status_index\` on \`handover\` (\`status\`);`);
    this.addSql(`create index \`handover_incoming_shift_id_index\` on \`handover\` (\`incoming_shift_id\`);`);
    this.addSql(`create index \`handover_submitted_by_id_index\` on \`handover\` (\`submitted_by_id\`);`);
    this.addSql(`create index \`handover_has_discrepancy_index\` on \`handover\` (\`has_discrepancy\`);`);
    this.addSql(`create index \`handover_accepted_by_id_index\` on \`handover\` (\`accepted_by_id\`);`);
    this.addSql(`create index \`handover_disputed_by_id_index\` on \`handover\` (\`disputed_by_id\`);`);
    this.addSql(`create index \`handover_resolved_by_id_index\` on \`handover\` (\`resolved_by_id\`);`);
    this.addSql(`create index \`handover_date_id_index\` on \`handover\` (\`date\`, \`id\`);`);

    this.addSql(`create table \`duty_log\` (\`id\` text not null, \`key\` text not null, \`department_key\` text not null, \`site_code\` text not null, \`date\` text not null, \`shift_id\` text null, \`status\` text not null default 'OPEN', \`closed_at\` datetime null, \`reviewed_at\` datetime null, \`reviewed_by_id\` text null, \`review_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`duty_log_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`duty_log_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`duty_log_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on delete set null on update cascade, constraint \`duty_log_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`duty_log_key_unique\` on \`duty_log\` (\`key\`);`);
    this.addSql(`create index \`duty_log_department_key_index\` on \`duty_log\` (\`department_key\`);`);
    this.addSql(`create index \`duty_log_site_code_index\` on \`duty_log\` (\`site_code\`);`);
    this.addSql(`create index \`duty_log_shift_id_index\` on \`duty_log\` (\`shift_id\`);`);
    this.addSql(`create index \`duty_log_status_index\` on \`duty_log\` (\`status\`);`);
    this.addSql(`create index \`duty_log_reviewed_by_id_index\` on \`duty_log\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`duty_log_status_date_index\` on \`duty_log\` (\`status\`, \`date\`);`);
    this.addSql(`create index \`duty_log_date_id_index\` on \`duty_log\` (\`date\`, \`id\`);`);

    this.addSql(`create table \`cash_movement\` (\`id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`shift_id\` text not null, \`direction\` text not null, \`amount_cents\` integer not null, \`purpose\` text not null, \`receipt_no\` text null, \`at\` datetime not null, \`recorded_by_id\` text not null, constraint \`cash_movement_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`cash_movement_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`cash_movement_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`cash_movement_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cash_movement_site_code_index\` on \`cash_movement\` (\`site_code\`);`);
    this.addSql(`create index \`cash_movement_department_key_index\` on \`cash_movement\` (\`department_key\`);`);
    this.addSql(`create index \`cash_movement_shift_id_index\` on \`cash_movement\` (\`shift_id\`);`);
    this.addSql(`create index \`cash_movement_recorded_by_id_index\` on \`cash_movement\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`cash_movement_site_code_department_key_at_index\` on \`cash_movement\` (\`site_code\`, \`department_key\`, \`at\`);`);

    this.addSql(`create table \`duty_log_entry\` (\`id\` text not null, \`log_id\` text not null, \`at\` datetime not null, \`recorded_at\` datetime not null, \`author_id\` text not null, \`text\` text not null, \`case_id\` text null, constraint \`duty_log_entry_log_id_foreign\` foreign key(\`log_id\`) references \`duty_log\`(\`id\`) on update cascade, constraint \`duty_log_entry_author_id_foreign\` foreign key(\`author_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`duty_log_entry_case_id_foreign\` foreign key(\`case_id\`) references \`case_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`duty_log_entry_log_id_index\` on \`duty_log_entry\` (\`log_id\`);`);
    this.addSql(`create index \`duty_log_entry_author_id_index\` on \`duty_log_entry\` (\`author_id\`);`);
    this.addSql(`create index \`duty_log_entry_case_id_index\` on \`duty_log_entry\` (\`case_id\`);`);
    this.addSql(`create index \`duty_log_entry_log_id_at_index\` on \`duty_log_entry\` (\`log_id\`, \`at\`);`);
  }

}
