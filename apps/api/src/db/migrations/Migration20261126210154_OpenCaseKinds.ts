import { Migration } from '@mikro-orm/migrations';

/**
 * Case kinds, channels and event types become plain strings (no CHECK constraint), so the kinds
 * later features add (tasks now; incidents, rectification notices…) need no table rebuild.
 * SQLite cannot drop a CHECK in place: the three tables are rebuilt once, data kept.
 */
export class Migration20261126210154_OpenCaseKinds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`sla_policy__temp_alter\` (\`id\` text not null, \`kind\` text not null, \`priority\` text check (\`priority\` in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, \`response_minutes\` integer not null, \`resolution_minutes\` integer not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`insert into \`sla_policy__temp_alter\` select \`id\`, \`kind\`, \`priority\`, \`response_minutes\`, \`resolution_minutes\`, \`updated_at\` from \`sla_policy\`;`);
    this.addSql(`drop table \`sla_policy\`;`);
    this.addSql(`alter table \`sla_policy__temp_alter\` rename to \`sla_policy\`;`);
    this.addSql(`create unique index \`sla_policy_kind_priority_unique\` on \`sla_policy\` (\`kind\`, \`priority\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`case_record__temp_alter\` (\`id\` text not null, \`reference\` text not null, \`kind\` text not null, \`status\` text check (\`status\` in ('OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'VOIDED')) not null default 'OPEN', \`channel\` text not null, \`title\` text not null, \`description\` text not null, \`reporter_customer_id\` text null, \`reporter_staff_id\` text null, \`reporter_name\` text null, \`reporter_phone\` text null, \`unit_id\` text null, \`site_code\` text null, \`area\` text null, \`severity\` text check (\`severity\` in ('GENERAL', 'MAJOR')) not null, \`priority\` text check (\`priority\` in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, \`beyond_authority\` integer not null default false, \`department_key\` text not null, \`assignee_id\` text null, \`holder_id\` text null, \`holder_department_key\` text null, \`awaiting_acknowledgement\` integer not null default false, \`escalated_to_id\` text null, \`escalated_at\` datetime null, \`on_behalf_of_key\` text null, \`received_by_id\` text not null, \`response_due_at\` datetime not null, \`resolution_due_at\` datetime not null, \`responded_at\` datetime null, \`resolved_at\` datetime null, \`closed_at\` datetime null, \`result\` text null, \`satisfaction\` integer null, \`feedback\` text null, \`void_reason\` text null, \`details\` json null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`case_record_reporter_customer_id_foreign\` foreign key(\`reporter_customer_id\`) references \`customer\`(\`id\`) on delete set null on update cascade, constraint \`case_record_reporter_staff_id_foreign\` foreign key(\`reporter_staff_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`case_record_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`case_record_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on delete set null on update cascade, constraint \`case_record_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`case_record_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`case_record_holder_id_foreign\` foreign key(\`holder_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`case_record_holder_department_key_foreign\` foreign key(\`holder_department_key\`) references \`department\`(\`key\`) on delete set null on update cascade, constraint \`case_record_escalated_to_id_foreign\` foreign key(\`escalated_to_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`case_record_on_behalf_of_key_foreign\` foreign key(\`on_behalf_of_key\`) references \`department\`(\`key\`) on delete set null on update cascade, constraint \`case_record_received_by_id_foreign\` foreign key(\`received_by_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`case_record__temp_alter\` select \`id\`, \`reference\`, \`kind\`, \`status\`, \`channel\`, \`title\`, \`description\`, \`reporter_customer_id\`, \`reporter_staff_id\`, \`reporter_name\`, \`reporter_phone\`, \`unit_id\`, \`site_code\`, \`area\`, \`severity\`, \`priority\`, \`beyond_authority\`, \`department_key\`, \`assignee_id\`, \`holder_id\`, \`holder_department_key\`, \`awaiting_acknowledgement\`, \`escalated_to_id\`, \`escalated_at\`, \`on_behalf_of_key\`, \`received_by_id\`, \`response_due_at\`, \`resolution_due_at\`, \`responded_at\`, \`resolved_at\`, \`closed_at\`, \`result\`, \`satisfaction\`, \`feedback\`, \`void_reason\`, \`details\`, \`created_at\`, \`updated_at\`, \`version\` from \`case_record\`;`);
    this.addSql(`drop table \`case_record\`;`);
    this.addSql(`alter table \`case_record__temp_alter\` rename to \`case_record\`;`);
    this.addSql(`create unique index \`case_record_reference_unique\` on \`case_record\` (\`reference\`);`);
    this.addSql(`create index \`case_record_kind_index\` on \`case_record\` (\`kind\`);`);
    this.addSql(`create index \`case_record_status_index\` on \`case_record\` (\`status\`);`);
    this.addSql(`create index \`case_record_reporter_customer_id_index\` on \`case_record\` (\`reporter_customer_id\`);`);
    this.addSql(`create index \`case_record_reporter_staff_id_index\` on \`case_record\` (\`reporter_staff_id\`);`);
    this.addSql(`create index \`case_record_unit_id_index\` on \`case_record\` (\`unit_id\`);`);
    this.addSql(`create index \`case_record_site_code_index\` on \`case_record\` (\`site_code\`);`);
    this.addSql(`create index \`case_record_department_key_index\` on \`case_record\` (\`department_key\`);`);
    this.addSql(`create index \`case_record_assignee_id_index\` on \`case_record\` (\`assignee_id\`);`);
    this.addSql(`create index \`case_record_holder_id_index\` on \`case_record\` (\`holder_id\`);`);
    this.addSql(`create index \`case_record_holder_department_key_index\` on \`case_record\` (\`holder_department_key\`);`);
    this.addSql(`create index \`case_record_escalated_to_id_index\` on \`case_record\` (\`escalated_to_id\`);`);
    this.addSql(`create index \`case_record_on_behalf_of_key_index\` on \`case_record\` (\`on_behalf_of_key\`);`);
    this.addSql(`create index \`case_record_received_by_id_index\` on \`case_record\` (\`received_by_id\`);`);
    this.addSql(`create index \`case_record_created_at_id_index\` on \`case_record\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`case_record_status_resolution_due_at_index\` on \`case_record\` (\`status\`, \`resolution_due_at\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`case_event__temp_alter\` (\`id\` text not null, \`case_id\` text not null, \`seq\` integer not null, \`type\` text not null, \`actor_id\` text not null, \`actor_name\` text not null, \`at\` datetime not null, \`note\` text null, \`data\` json null, constraint \`case_event_case_id_foreign\` foreign key(\`case_id\`) references \`case_record\`(\`id\`) on update cascade, constraint \`case_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`case_event__temp_alter\` select \`id\`, \`case_id\`, \`seq\`, \`type\`, \`actor_id\`, \`actor_name\`, \`at\`, \`note\`, \`data\` from \`case_event\`;`);
    this.addSql(`drop table \`case_event\`;`);
    this.addSql(`alter table \`case_event__temp_alter\` rename to \`case_event\`;`);
    this.addSql(`create index \`case_event_case_id_index\` on \`case_event\` (\`case_id\`);`);
    this.addSql(`create index \`case_event_actor_id_index\` on \`case_event\` (\`actor_id\`);`);
    // Rebuilding the table dropped its triggers: case events stay immutable.
    this.addSql(`create trigger case_event_no_update before update on \`case_event\` begin select raise(abort, 'case events are immutable'); end;`);
    this.addSql(`create trigger case_event_no_delete before delete on \`case_event\` begin select raise(abort, 'case events are immutable'); end;`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
