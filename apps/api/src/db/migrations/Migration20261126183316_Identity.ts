import { Migration } from '@mikro-orm/migrations';

export class Migration20261126183316_Identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`login_throttle\` (\`key\` text not null, \`failures\` integer not null default 0, \`window_started_at\` datetime not null, \`locked_until\` datetime null, primary key (\`key\`));`);

    this.addSql(`create table \`position_grant\` (\`id\` text not null, \`position_key\` text not null, \`permission\` text not null, \`scope\` text check (\`scope\` in ('ALL', 'DEPARTMENT', 'SITE', 'TEAM', 'OWN')) null, \`updated_at\` datetime not null, \`revoked_at\` datetime null, constraint \`position_grant_position_key_foreign\` foreign key(\`position_key\`) references \`position\`(\`key\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`position_grant_position_key_index\` on \`position_grant\` (\`position_key\`);`);
    this.addSql(`create unique index \`position_grant_position_key_permission_unique\` on \`position_grant\` (\`position_key\`, \`permission\`);`);

    this.addSql(`create table \`site\` (\`code\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`time_zone\` text not null default 'Asia/Shanghai', \`created_at\` datetime not null, primary key (\`code\`));`);

    this.addSql(`create table \`staff\` (\`id\` text not null, \`employee_no\` text not null, \`name\` text not null, \`phone\` text null, \`department_key\` text null, \`position_key\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'SUSPENDED', 'LEFT')) not null default 'ACTIVE', \`hire_date\` text not null, \`leave_date\` text null, \`locale\` text not null default 'zh-CN', \`username\` text not null, \`password_hash\` text not null, \`must_change_password\` integer not null default true, \`password_changed_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`staff_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on delete set null on update cascade, constraint \`staff_position_key_foreign\` foreign key(\`position_key\`) references \`position\`(\`key\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`staff_employee_no_unique\` on \`staff\` (\`employee_no\`);`);
    this.addSql(`create index \`staff_department_key_index\` on \`staff\` (\`department_key\`);`);
    this.addSql(`create index \`staff_position_key_index\` on \`staff\` (\`position_key\`);`);
    this.addSql(`create index \`staff_status_index\` on \`staff\` (\`status\`);`);
    this.addSql(`create unique index \`staff_username_unique\` on \`staff\` (\`username\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null, \`staff_id\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, \`user_agent\` text null, constraint \`session_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`session_staff_id_index\` on \`session\` (\`staff_id\`);`);

    this.addSql(`create table \`api_token\` (\`id\` text not null, \`owner_id\` text not null, \`name\` text not null, \`scopes\` json not null, \`secret_hash\` text not null, \`prefix\` text not null, \`expires_at\` datetime not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, \`revoked_by_id\` text null, constraint \`api_token_owner_id_foreign\` foreign key(\`owner_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`api_token_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_token_owner_id_index\` on \`api_token\` (\`owner_id\`);`);
    this.addSql(`create unique index \`api_token_secret_hash_unique\` on \`api_token\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_token_revoked_by_id_index\` on \`api_token\` (\`revoked_by_id\`);`);

    this.addSql(`create table \`audit_event\` (\`id\` text not null, \`occurred_at\` datetime not null, \`actor_staff_id\` text null, \`actor_token_id\` text null, \`actor_name\` text not null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text not null, \`department_key\` text null, \`changes\` json not null, \`request_id\` text null, \`ip\` text null, constraint \`audit_event_actor_staff_id_foreign\` foreign key(\`actor_staff_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`audit_event_actor_token_id_foreign\` foreign key(\`actor_token_id\`) references \`api_token\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`audit_event_actor_staff_id_index\` on \`audit_event\` (\`actor_staff_id\`);`);
    this.addSql(`create index \`audit_event_actor_token_id_index\` on \`audit_event\` (\`actor_token_id\`);`);
    this.addSql(`create index \`audit_event_action_index\` on \`audit_event\` (\`action\`);`);
    this.addSql(`create index \`audit_event_target_id_index\` on \`audit_event\` (\`target_id\`);`);
    this.addSql(`create index \`audit_event_department_key_index\` on \`audit_event\` (\`department_key\`);`);
    this.addSql(`create index \`audit_event_occurred_at_id_index\` on \`audit_event\` (\`occurred_at\`, \`id\`);`);

    this.addSql(`create table \`staff_site\` (\`staff_id\` text not null, \`site_code\` text not null, constraint \`staff_site_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on delete cascade on update cascade, constraint \`staff_site_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on delete cascade on update cascade, primary key (\`staff_id\`, \`site_code\`));`);
    this.addSql(`create index \`staff_site_staff_id_index\` on \`staff_site\` (\`staff_id\`);`);
    this.addSql(`create index \`staff_site_site_code_index\` on \`staff_site\` (\`site_code\`);`);

    this.addSql(`alter table \`position\` add column \`origin\` text check (\`origin\` in ('RULEBOOK', 'COMPANY')) not null default 'RULEBOOK';`);

    // The audit trail is append-only: the database itself refuses to change or remove an event.
    this.addSql(`create trigger audit_event_no_update before update on \`audit_event\` begin select raise(abort, 'audit events are append-only'); end;`);
    this.addSql(`create trigger audit_event_no_delete before delete on \`audit_event\` begin select raise(abort, 'audit events are append-only'); end;`);
  }

}
