import { Migration } from '@mikro-orm/migrations';

export class Migration20261127001106_Attendance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`shift_briefing\` (\`id\` text not null, \`shift_id\` text not null, \`topics\` json not null, \`notes\` text null, \`held_by_id\` text not null, \`recorded_at\` datetime not null, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`shift_briefing_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`shift_briefing_held_by_id_foreign\` foreign key(\`held_by_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`shift_briefing_shift_id_index\` on \`shift_briefing\` (\`shift_id\`);`);
    this.addSql(`create index \`shift_briefing_held_by_id_index\` on \`shift_briefing\` (\`held_by_id\`);`);
    this.addSql(`create unique index \`shift_briefing_shift_id_unique\` on \`shift_briefing\` (\`shift_id\`);`);

    this.addSql(`create table \`discipline_record\` (\`id\` text not null, \`shift_id\` text not null, \`member_id\` text not null, \`staff_id\` text not null, \`kind\` text not null, \`origin\` text not null, \`post\` text null, \`observation\` text not null, \`observed_at\` datetime not null, \`recorded_by_id\` text not null, \`status\` text not null default 'OPEN', \`correction\` text null, \`corrected_at\` datetime null, \`corrected_by_id\` text null, \`escalated_at\` datetime null, \`escalation_note\` text null, \`reported_to_id\` text null, \`voided_at\` datetime null, \`void_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`discipline_record_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`discipline_record_member_id_foreign\` foreign key(\`member_id\`) references \`shift_member\`(\`id\`) on update cascade, constraint \`discipline_record_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`discipline_record_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`discipline_record_corrected_by_id_foreign\` foreign key(\`corrected_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`discipline_record_reported_to_id_foreign\` foreign key(\`reported_to_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`discipline_record_shift_id_index\` on \`discipline_record\` (\`shift_id\`);`);
    this.addSql(`create index \`discipline_record_member_id_index\` on \`discipline_record\` (\`member_id\`);`);
    this.addSql(`create index \`discipline_record_staff_id_index\` on \`discipline_record\` (\`staff_id\`);`);
    this.addSql(`create index \`discipline_record_recorded_by_id_index\` on \`discipline_record\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`discipline_record_status_index\` on \`discipline_record\` (\`status\`);`);
    this.addSql(`create index \`discipline_record_corrected_by_id_index\` on \`discipline_record\` (\`corrected_by_id\`);`);
    this.addSql(`create index \`discipline_record_reported_to_id_index\` on \`discipline_record\` (\`reported_to_id\`);`);
    this.addSql(`create index \`discipline_record_shift_id_staff_id_kind_index\` on \`discipline_record\` (\`shift_id\`, \`staff_id\`, \`kind\`);`);
    this.addSql(`create index \`discipline_record_observed_at_id_index\` on \`discipline_record\` (\`observed_at\`, \`id\`);`);

    this.addSql(`create table \`grooming_check\` (\`id\` text not null, \`shift_id\` text not null, \`member_id\` text not null, \`staff_id\` text not null, \`uniform\` integer not null, \`badge\` integer not null, \`appearance\` integer not null, \`equipment\` integer not null, \`passed\` integer not null, \`note\` text null, \`checked_by_id\` text not null, \`checked_at\` datetime not null, \`rechecks\` integer not null default 0, \`discipline_id\` text null, \`created_at\` datetime not null, constraint \`grooming_check_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`grooming_check_member_id_foreign\` foreign key(\`member_id\`) references \`shift_member\`(\`id\`) on update cascade, constraint \`grooming_check_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`grooming_check_checked_by_id_foreign\` foreign key(\`checked_by_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`grooming_check_discipline_id_foreign\` foreign key(\`discipline_id\`) references \`discipline_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`grooming_check_shift_id_index\` on \`grooming_check\` (\`shift_id\`);`);
    this.addSql(`create index \`grooming_check_member_id_index\` on \`grooming_check\` (\`member_id\`);`);
    this.addSql(`create index \`grooming_check_staff_id_index\` on \`grooming_check\` (\`staff_id\`);`);
    this.addSql(`create index \`grooming_check_checked_by_id_index\` on \`grooming_check\` (\`checked_by_id\`);`);
    this.addSql(`create index \`grooming_check_discipline_id_index\` on \`grooming_check\` (\`discipline_id\`);`);
    this.addSql(`create unique index \`grooming_check_shift_id_member_id_unique\` on \`grooming_check\` (\`shift_id\`, \`member_id\`);`);
  }

}
