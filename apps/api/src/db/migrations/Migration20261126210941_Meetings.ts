import { Migration } from '@mikro-orm/migrations';

/** Meetings (R11), who was asked and came, and the tasks each gave (its action items). */
export class Migration20261126210941_Meetings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`meeting\` (\`id\` text not null, \`kind\` text not null, \`status\` text not null default 'PLANNED', \`title\` text not null, \`agenda\` text null, \`department_key\` text not null, \`site_code\` text null, \`scheduled_at\` datetime not null, \`held_at\` datetime null, \`chair_id\` text not null, \`absentees_note\` text null, \`review\` text null, \`requirements\` text null, \`minutes\` text null, \`reported_at\` datetime null, \`reported_to_id\` text null, \`report_note\` text null, \`cancelled_at\` datetime null, \`cancel_reason\` text null, \`created_by_id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`meeting_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`meeting_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on delete set null on update cascade, constraint \`meeting_chair_id_foreign\` foreign key(\`chair_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`meeting_reported_to_id_foreign\` foreign key(\`reported_to_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`meeting_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_status_index\` on \`meeting\` (\`status\`);`);
    this.addSql(`create index \`meeting_department_key_index\` on \`meeting\` (\`department_key\`);`);
    this.addSql(`create index \`meeting_site_code_index\` on \`meeting\` (\`site_code\`);`);
    this.addSql(`create index \`meeting_chair_id_index\` on \`meeting\` (\`chair_id\`);`);
    this.addSql(`create index \`meeting_reported_to_id_index\` on \`meeting\` (\`reported_to_id\`);`);
    this.addSql(`create index \`meeting_created_by_id_index\` on \`meeting\` (\`created_by_id\`);`);
    this.addSql(`create index \`meeting_department_key_kind_held_at_index\` on \`meeting\` (\`department_key\`, \`kind\`, \`held_at\`);`);
    this.addSql(`create index \`meeting_scheduled_at_id_index\` on \`meeting\` (\`scheduled_at\`, \`id\`);`);

    this.addSql(`create table \`meeting_attendee\` (\`id\` text not null, \`meeting_id\` text not null, \`staff_id\` text not null, \`attended\` integer null, constraint \`meeting_attendee_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on update cascade, constraint \`meeting_attendee_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_attendee_meeting_id_index\` on \`meeting_attendee\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_attendee_staff_id_index\` on \`meeting_attendee\` (\`staff_id\`);`);
    this.addSql(`create unique index \`meeting_attendee_meeting_id_staff_id_unique\` on \`meeting_attendee\` (\`meeting_id\`, \`staff_id\`);`);

    this.addSql(`create table \`meeting_action_item\` (\`id\` text not null, \`meeting_id\` text not null, \`case_id\` text not null, \`ordinal\` integer not null, \`created_at\` datetime not null, constraint \`meeting_action_item_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on update cascade, constraint \`meeting_action_item_case_id_foreign\` foreign key(\`case_id\`) references \`case_record\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_action_item_meeting_id_index\` on \`meeting_action_item\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_action_item_case_id_index\` on \`meeting_action_item\` (\`case_id\`);`);
    this.addSql(`create unique index \`meeting_action_item_case_id_unique\` on \`meeting_action_item\` (\`case_id\`);`);
    this.addSql(`create unique index \`meeting_action_item_meeting_id_ordinal_unique\` on \`meeting_action_item\` (\`meeting_id\`, \`ordinal\`);`);
  }

}
