import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025441_Inspections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`inspection_checklist\` (\`id\` text not null, \`type\` text not null, \`name\` text not null, \`items\` json not null, \`revision\` integer not null default 1, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_checklist_type_active_index\` on \`inspection_checklist\` (\`type\`, \`active\`);`);

    this.addSql(`create table \`inspection\` (\`id\` text not null, \`type\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`status\` text not null default 'PLANNED', \`scheduled_for\` datetime not null, \`performed_at\` datetime null, \`completed_at\` datetime null, \`scope\` text null, \`checklist_id\` text not null, \`checklist_name\` text not null, \`checklist_revision\` integer not null, \`summary\` text null, \`planned_by_id\` text not null, \`cancelled_at\` datetime null, \`cancel_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`inspection_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`inspection_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`inspection_checklist_id_foreign\` foreign key(\`checklist_id\`) references \`inspection_checklist\`(\`id\`) on update cascade, constraint \`inspection_planned_by_id_foreign\` foreign key(\`planned_by_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_site_code_index\` on \`inspection\` (\`site_code\`);`);
    this.addSql(`create index \`inspection_department_key_index\` on \`inspection\` (\`department_key\`);`);
    this.addSql(`create index \`inspection_checklist_id_index\` on \`inspection\` (\`checklist_id\`);`);
    this.addSql(`create index \`inspection_planned_by_id_index\` on \`inspection\` (\`planned_by_id\`);`);
    this.addSql(`create index \`inspection_scheduled_for_id_index\` on \`inspection\` (\`scheduled_for\`, \`id\`);`);
    this.addSql(`create index \`inspection_site_code_type_status_index\` on \`inspection\` (\`site_code\`, \`type\`, \`status\`);`);

    this.addSql(`create table \`inspection_item\` (\`id\` text not null, \`inspection_id\` text not null, \`seq\` integer not null, \`text\` text not null, \`result\` text null, \`note\` text null, \`area_id\` text null, \`recorded_at\` datetime null, \`recorded_by_id\` text null, constraint \`inspection_item_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on update cascade, constraint \`inspection_item_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on delete set null on update cascade, constraint \`inspection_item_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_item_inspection_id_index\` on \`inspection_item\` (\`inspection_id\`);`);
    this.addSql(`create index \`inspection_item_area_id_index\` on \`inspection_item\` (\`area_id\`);`);
    this.addSql(`create index \`inspection_item_recorded_by_id_index\` on \`inspection_item\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`inspection_item_inspection_id_seq_index\` on \`inspection_item\` (\`inspection_id\`, \`seq\`);`);

    this.addSql(`create table \`inspection_inspector\` (\`inspection_id\` text not null, \`staff_id\` text not null, constraint \`inspection_inspector_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, constraint \`inspection_inspector_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on delete cascade on update cascade, primary key (\`inspection_id\`, \`staff_id\`));`);
    this.addSql(`create index \`inspection_inspector_inspection_id_index\` on \`inspection_inspector\` (\`inspection_id\`);`);
    this.addSql(`create index \`inspection_inspector_staff_id_index\` on \`inspection_inspector\` (\`staff_id\`);`);

    this.addSql(`create table \`inspection_area\` (\`inspection_id\` text not null, \`area_id\` text not null, constraint \`inspection_area_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, constraint \`inspection_area_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on delete cascade on update cascade, primary key (\`inspection_id\`, \`area_id\`));`);
    this.addSql(`create index \`inspection_area_inspection_id_index\` on \`inspection_area\` (\`inspection_id\`);`);
    this.addSql(`create index \`inspection_area_area_id_index\` on \`inspection_area\` (\`area_id\`);`);

    this.addSql(`create table \`external_inspection\` (\`id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`body_type\` text not null, \`body_name\` text not null, \`inspected_at\` datetime not null, \`scope\` text null, \`received_by_id\` text not null, \`findings\` text null, \`documents_provided\` text null, \`recorded_by_id\` text not null, \`voided_at\` datetime null, \`void_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`external_inspection_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`external_inspection_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`external_inspection_received_by_id_foreign\` foreign key(\`received_by_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`external_inspection_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`external_inspection_site_code_index\` on \`external_inspection\` (\`site_code\`);`);
    this.addSql(`create index \`external_inspection_department_key_index\` on \`external_inspection\` (\`department_key\`);`);
    this.addSql(`create index \`external_inspection_received_by_id_index\` on \`external_inspection\` (\`received_by_id\`);`);
    this.addSql(`create index \`external_inspection_recorded_by_id_index\` on \`external_inspection\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`external_inspection_inspected_at_id_index\` on \`external_inspection\` (\`inspected_at\`, \`id\`);`);
  }
}
