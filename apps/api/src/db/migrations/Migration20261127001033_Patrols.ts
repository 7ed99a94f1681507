import { Migration } from '@mikro-orm/migrations';

export class Migration20261127001033_Patrols extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`area\` (\`id\` text not null, \`site_code\` text not null, \`kind\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`note\` text null, \`patrolled\` integer not null default true, \`min_patrols\` integer null, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`area_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`area_site_code_index\` on \`area\` (\`site_code\`);`);
    this.addSql(`create index \`area_site_code_active_index\` on \`area\` (\`site_code\`, \`active\`);`);

    this.addSql(`create table \`checkpoint\` (\`id\` text not null, \`area_id\` text not null, \`site_code\` text not null, \`name\` text not null, \`location_hint\` text null, \`code\` text not null, \`code_issued_at\` datetime not null, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`checkpoint_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on update cascade, constraint \`checkpoint_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`checkpoint_area_id_index\` on \`checkpoint\` (\`area_id\`);`);
    this.addSql(`create index \`checkpoint_site_code_index\` on \`checkpoint\` (\`site_code\`);`);
    this.addSql(`create unique index \`checkpoint_code_unique\` on \`checkpoint\` (\`code\`);`);
    this.addSql(`create index \`checkpoint_area_id_active_index\` on \`checkpoint\` (\`area_id\`, \`active\`);`);

    this.addSql(`create table \`patrol_round\` (\`id\` text not null, \`shift_id\` text not null, \`patroller_id\` text not null, \`started_at\` datetime not null, \`last_scan_at\` datetime not null, \`completed_at\` datetime null, constraint \`patrol_round_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`patrol_round_patroller_id_foreign\` foreign key(\`patroller_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`patrol_round_shift_id_index\` on \`patrol_round\` (\`shift_id\`);`);
    this.addSql(`create index \`patrol_round_patroller_id_index\` on \`patrol_round\` (\`patroller_id\`);`);
    this.addSql(`create index \`patrol_round_shift_id_patroller_id_index\` on \`patrol_round\` (\`shift_id\`, \`patroller_id\`);`);

    this.addSql(`create table \`missed_patrol\` (\`id\` text not null, \`shift_id\` text not null, \`area_id\` text not null, \`count\` integer not null, \`required\` integer not null, \`status\` text not null default 'OPEN', \`recorded_at\` datetime not null, \`reviewed_at\` datetime null, \`reviewed_by_id\` text null, \`review_note\` text null, \`version\` integer not null default 1, constraint \`missed_patrol_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`missed_patrol_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on update cascade, constraint \`missed_patrol_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`missed_patrol_shift_id_index\` on \`missed_patrol\` (\`shift_id\`);`);
    this.addSql(`create index \`missed_patrol_area_id_index\` on \`missed_patrol\` (\`area_id\`);`);
    this.addSql(`create index \`missed_patrol_reviewed_by_id_index\` on \`missed_patrol\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`missed_patrol_recorded_at_id_index\` on \`missed_patrol\` (\`recorded_at\`, \`id\`);`);
    this.addSql(`create index \`missed_patrol_status_recorded_at_index\` on \`missed_patrol\` (\`status\`, \`recorded_at\`);`);
    this.addSql(`create unique index \`missed_patrol_shift_id_area_id_unique\` on \`missed_patrol\` (\`shift_id\`, \`area_id\`);`);

    this.addSql(`create table \`patrol_scan\` (\`id\` text not null, \`round_id\` text not null, \`shift_id\` text not null, \`checkpoint_id\` text not null, \`area_id\` text not null, \`patroller_id\` text not null, \`scanned_at\` datetime not null, \`method\` text not null, \`observation\` text null, \`case_id\` text null, constraint \`patrol_scan_round_id_foreign\` foreign key(\`round_id\`) references \`patrol_round\`(\`id\`) on update cascade, constraint \`patrol_scan_shift_id_foreign\` foreign key(\`shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`patrol_scan_checkpoint_id_foreign\` foreign key(\`checkpoint_id\`) references \`checkpoint\`(\`id\`) on update cascade, constraint \`patrol_scan_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on update cascade, constraint \`patrol_scan_patroller_id_foreign\` foreign key(\`patroller_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`patrol_scan_case_id_foreign\` foreign key(\`case_id\`) references \`case_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`patrol_scan_round_id_index\` on \`patrol_scan\` (\`round_id\`);`);
    this.addSql(`create index \`patrol_scan_shift_id_index\` on \`patrol_scan\` (\`shift_id\`);`);
    this.addSql(`create index \`patrol_scan_checkpoint_id_index\` on \`patrol_scan\` (\`checkpoint_id\`);`);
    this.addSql(`create index \`patrol_scan_area_id_index\` on \`patrol_scan\` (\`area_id\`);`);
    this.addSql(`create index \`patrol_scan_patroller_id_index\` on \`patrol_scan\` (\`patroller_id\`);`);
    this.addSql(`create index \`patrol_scan_case_id_index\` on \`patrol_scan\` (\`case_id\`);`);
    this.addSql(`create unique index \`patrol_scan_case_id_unique\` on \`patrol_scan\` (\`case_id\`);`);
    this.addSql(`create index \`patrol_scan_scanned_at_id_index\` on \`patrol_scan\` (\`scanned_at\`, \`id\`);`);
    this.addSql(`create index \`patrol_scan_round_id_scanned_at_index\` on \`patrol_scan\` (\`round_id\`, \`scanned_at\`);`);
    this.addSql(`create index \`patrol_scan_shift_id_area_id_index\` on \`patrol_scan\` (\`shift_id\`, \`area_id\`);`);
  }

}
