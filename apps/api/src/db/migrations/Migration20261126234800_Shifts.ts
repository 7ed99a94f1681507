import { Migration } from '@mikro-orm/migrations';

export class Migration20261126234800_Shifts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`shift_pattern\` (\`id\` text not null, \`site_code\` text not null, \`code\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`start_time\` text not null, \`end_time\` text not null, \`late_grace_minutes\` integer not null default 5, \`early_leave_grace_minutes\` integer not null default 5, \`active\` integer not null default true, \`created_at\` datetime not null, constraint \`shift_pattern_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`shift_pattern_site_code_index\` on \`shift_pattern\` (\`site_code\`);`);
    this.addSql(`create unique index \`shift_pattern_site_code_code_unique\` on \`shift_pattern\` (\`site_code\`, \`code\`);`);

    this.addSql(`create table \`team\` (\`id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`name\` text not null, \`leader_id\` text not null, \`active\` integer not null default true, \`created_at\` datetime not null, constraint \`team_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`team_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`team_leader_id_foreign\` foreign key(\`leader_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`team_site_code_index\` on \`team\` (\`site_code\`);`);
    this.addSql(`create index \`team_department_key_index\` on \`team\` (\`department_key\`);`);
    this.addSql(`create index \`team_leader_id_index\` on \`team\` (\`leader_id\`);`);

    this.addSql(`create table \`shift\` (\`id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`date\` text not null, \`pattern_id\` text not null, \`team_id\` text null, \`leader_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`status\` text not null default 'PLANNED', \`note\` text null, \`briefing_at\` datetime null, \`on_duty_at\` datetime null, \`handing_over_at\` datetime null, \`closed_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`shift_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`shift_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`shift_pattern_id_foreign\` foreign key(\`pattern_id\`) references \`shift_pattern\`(\`id\`) on update cascade, constraint \`shift_team_id_foreign\` foreign key(\`team_id\`) references \`team\`(\`id\`) on delete set null on update cascade, constraint \`shift_leader_id_foreign\` foreign key(\`leader_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`shift_site_code_index\` on \`shift\` (\`site_code\`);`);
    this.addSql(`create index \`shift_department_key_index\` on \`shift\` (\`department_key\`);`);
    this.addSql(`create index \`shift_pattern_id_index\` on \`shift\` (\`pattern_id\`);`);
    this.addSql(`create index \`shift_team_id_index\` on \`shift\` (\`team_id\`);`);
    this.addSql(`create index \`shift_leader_id_index\` on \`shift\` (\`leader_id\`);`);
    this.addSql(`create index \`shift_status_index\` on \`shift\` (\`status\`);`);
    this.addSql(`create index \`shift_starts_at_id_index\` on \`shift\` (\`starts_at\`, \`id\`);`);
    this.addSql(`create index \`shift_site_code_starts_at_index\` on \`shift\` (\`site_code\`, \`starts_at\`);`);
    this.addSql(`create unique index \`shift_site_code_date_pattern_id_team_id_unique\` on \`shift\` (\`site_code\`, \`date\`, \`pattern_id\`, \`team_id\`);`);

    this.addSql(`create table \`shift_member\` (\`id\` text not null, \`shift_id\` text not null, \`staff_id\` text not null, \`role\` text not null, \`post\` text null, \`on_leave\` integer not null default false, \`leave_note\` text null, \`roll_call\` text null, \`check_in_at\` datetime null, \`check_in_by_id\` text null, \`check_out_at\` datetime null, \`check_out_by_id\` text null, \`removed_at\` datetime null, \`created_at\` datetime not null, constraint \`shift_member_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`shift_member_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`shift_member_check_in_by_id_foreign\` foreign key(\`check_in_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`shift_member_check_out_by_id_foreign\` foreign key(\`check_out_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`shift_member_shift_id_index\` on \`shift_member\` (\`shift_id\`);`);
    this.addSql(`create index \`shift_member_staff_id_index\` on \`shift_member\` (\`staff_id\`);`);
    this.addSql(`create index \`shift_member_check_in_by_id_index\` on \`shift_member\` (\`check_in_by_id\`);`);
    this.addSql(`create index \`shift_member_check_out_by_id_index\` on \`shift_member\` (\`check_out_by_id\`);`);
    this.addSql(`create unique index \`shift_member_shift_id_staff_id_unique\` on \`shift_member\` (\`shift_id\`, \`staff_id\`);`);

    this.addSql(`create table \`team_member\` (\`team_id\` text not null, \`staff_id\` text not null, constraint \`team_member_team_id_foreign\` foreign key(\`team_id\`) references \`team\`(\`id\`) on delete cascade on update cascade, constraint \`team_member_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on delete cascade on update cascade, primary key (\`team_id\`, \`staff_id\`));`);
    this.addSql(`create index \`team_member_team_id_index\` on \`team_member\` (\`team_id\`);`);
    this.addSql(`create index \`team_member_staff_id_index\` on \`team_member\` (\`staff_id\`);`);
  }

}
