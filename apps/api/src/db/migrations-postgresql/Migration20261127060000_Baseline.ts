import { Migration } from '@mikro-orm/migrations';

/**
 * PostgreSQL starts from the schema SQLite reached by its first seventeen migrations (entities as
 * of 2026-11-27), written in one step; from here on both folders get a migration for each change
 * (`pnpm db:migration:create` writes both). The append-only rules SQLite enforces with triggers
 * are PostgreSQL triggers here.
 */
export class Migration20261127060000_Baseline extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_sequence" ("key" varchar(16) not null, "next" int not null, constraint "case_sequence_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "customer" ("id" varchar(36) not null, "name" varchar(50) not null, "kind" text check ("kind" in ('OWNER', 'TENANT', 'OCCUPANT')) not null, "id_card_last4" varchar(4) null, "note" varchar(500) null, "voided_at" timestamptz null, "void_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "customer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "customer_name_index" on "customer" ("name");`);
    this.addSql(
      `create table "customer_contact" ("id" varchar(36) not null, "customer_id" varchar(36) not null, "kind" text check ("kind" in ('PHONE', 'EMAIL', 'WECHAT', 'OTHER')) not null, "value" varchar(100) not null, "normalized" varchar(100) not null, "is_primary" boolean not null default false, "created_at" timestamptz not null, constraint "customer_contact_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "customer_contact_normalized_index" on "customer_contact" ("normalized");`);
    this.addSql(
      `create table "incident_policy" ("id" varchar(16) not null default 'company', "report_minutes" int not null, "fire_report_minutes" int not null, "ack_minutes" int not null, "updated_at" timestamptz null, "updated_by_name" varchar(100) null, constraint "incident_policy_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "inspection_checklist" ("id" varchar(36) not null, "type" varchar(16) not null, "name" varchar(50) not null, "items" jsonb not null, "revision" int not null default 1, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "inspection_checklist_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "inspection_checklist_type_active_index" on "inspection_checklist" ("type", "active");`);
    this.addSql(
      `create table "login_throttle" ("key" varchar(100) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "position" ("key" varchar(64) not null, "name_zh" varchar(100) not null, "name_en" varchar(200) not null, "short_code" varchar(8) null, "department_key" varchar(64) null, "department_inferred" boolean not null default false, "reports_to_key" varchar(64) null, "status" text check ("status" in ('COMPLETE', 'PARTIAL', 'TOC_ONLY', 'MENTIONED_ONLY')) not null, "origin" text check ("origin" in ('RULEBOOK', 'COMPANY')) not null default 'RULEBOOK', "notes" jsonb not null, "sort_order" int not null, constraint "position_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "department" ("key" varchar(64) not null, "name_zh" varchar(100) not null, "name_en" varchar(200) not null, "summary_zh" text null, "summary_en" text null, "short_code" varchar(8) null, "chapter_no" int null, "chapter_title_zh" varchar(200) null, "chapter_title_en" varchar(200) null, "status" text check ("status" in ('COMPLETE', 'PARTIAL', 'TOC_ONLY', 'MENTIONED_ONLY')) not null, "reports_to_key" varchar(64) null, "head_key" varchar(64) null, "possibly_same_as_key" varchar(64) null, "notes" jsonb not null, "sort_order" int not null, constraint "department_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "duty" ("citation" varchar(80) not null, "number" int not null, "text_zh" text not null, "text_en" text not null, "source" varchar(16) not null, "department_key" varchar(64) null, "position_key" varchar(64) null, "reading_note" text null, constraint "duty_pkey" primary key ("citation"), constraint duty_one_owner check ((department_key is null) <> (position_key is null)));`,
    );
    this.addSql(`create index "duty_source_index" on "duty" ("source");`);
    this.addSql(
      `create table "position_grant" ("id" varchar(36) not null, "position_key" varchar(64) not null, "permission" varchar(64) not null, "scope" text check ("scope" in ('ALL', 'DEPARTMENT', 'SITE', 'TEAM', 'OWN')) null, "updated_at" timestamptz not null, "revoked_at" timestamptz null, constraint "position_grant_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "position_grant" add constraint "position_grant_position_key_permission_unique" unique ("position_key", "permission");`,
    );
    this.addSql(
      `create table "site" ("code" varchar(32) not null, "name_zh" varchar(100) not null, "name_en" varchar(200) not null, "time_zone" varchar(64) not null default 'Asia/Shanghai', "created_at" timestamptz not null, constraint "site_pkey" primary key ("code"));`,
    );
    this.addSql(
      `create table "shift_pattern" ("id" varchar(36) not null, "site_code" varchar(32) not null, "code" varchar(16) not null, "name_zh" varchar(50) not null, "name_en" varchar(100) not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "late_grace_minutes" int not null default 5, "early_leave_grace_minutes" int not null default 5, "active" boolean not null default true, "created_at" timestamptz not null, constraint "shift_pattern_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "shift_pattern" add constraint "shift_pattern_site_code_code_unique" unique ("site_code", "code");`,
    );
    this.addSql(
      `create table "shift_material" ("id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "name" varchar(50) not null, "unit" varchar(10) not null, "expected_quantity" int not null, "note" varchar(200) null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "shift_material_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "shift_material" add constraint "shift_material_site_code_department_key_name_unique" unique ("site_code", "department_key", "name");`,
    );
    this.addSql(
      `create table "building" ("id" varchar(36) not null, "site_code" varchar(32) not null, "code" varchar(16) not null, "name" varchar(50) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "building_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "building" add constraint "building_site_code_code_unique" unique ("site_code", "code");`);
    this.addSql(
      `create table "area" ("id" varchar(36) not null, "site_code" varchar(32) not null, "kind" varchar(16) not null, "name_zh" varchar(50) not null, "name_en" varchar(100) not null, "note" varchar(500) null, "patrolled" boolean not null default true, "min_patrols" int null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "area_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "area_site_code_active_index" on "area" ("site_code", "active");`);
    this.addSql(
      `create table "checkpoint" ("id" varchar(36) not null, "area_id" varchar(36) not null, "site_code" varchar(32) not null, "name" varchar(50) not null, "location_hint" varchar(200) null, "code" varchar(12) not null, "code_issued_at" timestamptz not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "checkpoint_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "checkpoint" add constraint "checkpoint_code_unique" unique ("code");`);
    this.addSql(`create index "checkpoint_area_id_active_index" on "checkpoint" ("area_id", "active");`);
    this.addSql(
      `create table "sla_policy" ("id" varchar(48) not null, "kind" varchar(32) not null, "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, "response_minutes" int not null, "resolution_minutes" int not null, "updated_at" timestamptz not null, constraint "sla_policy_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "sla_policy" add constraint "sla_policy_kind_priority_unique" unique ("kind", "priority");`,
    );
    this.addSql(
      `create table "staff" ("id" varchar(36) not null, "employee_no" varchar(32) not null, "name" varchar(50) not null, "phone" varchar(30) null, "department_key" varchar(64) null, "position_key" varchar(64) not null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'LEFT')) not null default 'ACTIVE', "hire_date" varchar(10) not null, "leave_date" varchar(10) null, "locale" varchar(8) not null default 'zh-CN', "username" varchar(32) not null, "password_hash" varchar(255) not null, "must_change_password" boolean not null default true, "password_changed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "staff_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "staff" add constraint "staff_employee_no_unique" unique ("employee_no");`);
    this.addSql(`create index "staff_status_index" on "staff" ("status");`);
    this.addSql(`alter table "staff" add constraint "staff_username_unique" unique ("username");`);
    this.addSql(
      `create table "session" ("id" varchar(64) not null, "staff_id" varchar(36) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "meeting" ("id" varchar(36) not null, "kind" varchar(32) not null, "status" varchar(16) not null default 'PLANNED', "title" varchar(100) not null, "agenda" varchar(1000) null, "department_key" varchar(64) not null, "site_code" varchar(32) null, "scheduled_at" timestamptz not null, "held_at" timestamptz null, "chair_id" varchar(36) not null, "absentees_note" varchar(500) null, "review" text null, "requirements" text null, "minutes" text null, "reported_at" timestamptz null, "reported_to_id" varchar(36) null, "report_note" varchar(500) null, "cancelled_at" timestamptz null, "cancel_reason" varchar(500) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_status_index" on "meeting" ("status");`);
    this.addSql(
      `create index "meeting_department_key_kind_held_at_index" on "meeting" ("department_key", "kind", "held_at");`,
    );
    this.addSql(`create index "meeting_scheduled_at_id_index" on "meeting" ("scheduled_at", "id");`);
    this.addSql(
      `create table "meeting_attendee" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "staff_id" varchar(36) not null, "attended" boolean null, constraint "meeting_attendee_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_meeting_id_staff_id_unique" unique ("meeting_id", "staff_id");`,
    );
    this.addSql(
      `create table "key_unit" ("id" varchar(36) not null, "site_code" varchar(32) not null, "area_id" varchar(36) null, "name" varchar(50) not null, "location" varchar(200) not null, "risk_description" varchar(1000) not null, "active" boolean not null default true, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "key_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "key_unit_site_code_active_index" on "key_unit" ("site_code", "active");`);
    this.addSql(
      `create table "inspection" ("id" varchar(36) not null, "type" varchar(16) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "status" varchar(16) not null default 'PLANNED', "scheduled_for" timestamptz not null, "performed_at" timestamptz null, "completed_at" timestamptz null, "scope" varchar(500) null, "checklist_id" varchar(36) not null, "checklist_name" varchar(50) not null, "checklist_revision" int not null, "summary" varchar(2000) null, "planned_by_id" varchar(36) not null, "cancelled_at" timestamptz null, "cancel_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "inspection_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "inspection_scheduled_for_id_index" on "inspection" ("scheduled_for", "id");`);
    this.addSql(
      `create index "inspection_site_code_type_status_index" on "inspection" ("site_code", "type", "status");`,
    );
    this.addSql(
      `create table "inspection_item" ("id" varchar(36) not null, "inspection_id" varchar(36) not null, "seq" int not null, "text" varchar(200) not null, "result" varchar(8) null, "note" varchar(500) null, "area_id" varchar(36) null, "recorded_at" timestamptz null, "recorded_by_id" varchar(36) null, constraint "inspection_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "inspection_item_inspection_id_seq_index" on "inspection_item" ("inspection_id", "seq");`,
    );
    this.addSql(
      `create table "inspection_inspector" ("inspection_id" varchar(36) not null, "staff_id" varchar(36) not null, constraint "inspection_inspector_pkey" primary key ("inspection_id", "staff_id"));`,
    );
    this.addSql(
      `create table "inspection_area" ("inspection_id" varchar(36) not null, "area_id" varchar(36) not null, constraint "inspection_area_pkey" primary key ("inspection_id", "area_id"));`,
    );
    this.addSql(
      `create table "gate_visitor" ("id" varchar(36) not null, "site_code" varchar(32) not null, "name" varchar(50) not null, "id_last4" varchar(4) null, "phone" varchar(30) null, "headcount" int not null default 1, "visiting" varchar(50) not null, "purpose" varchar(200) not null, "plate" varchar(12) null, "gate_id" varchar(36) null, "entered_at" timestamptz not null, "entry_officer_id" varchar(36) not null, "note" varchar(300) null, "exited_at" timestamptz null, "exit_officer_id" varchar(36) null, "voided_at" timestamptz null, "voided_by_id" varchar(36) null, "void_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "gate_visitor_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "gate_visitor_exited_at_index" on "gate_visitor" ("exited_at");`);
    this.addSql(`create index "gate_visitor_entered_at_id_index" on "gate_visitor" ("entered_at", "id");`);
    this.addSql(`create index "gate_visitor_site_code_exited_at_index" on "gate_visitor" ("site_code", "exited_at");`);
    this.addSql(
      `create table "fire_responsibility" ("id" varchar(36) not null, "site_code" varchar(32) not null, "area_id" varchar(36) null, "key_unit_id" varchar(36) null, "responsible_id" varchar(36) not null, "deputy_id" varchar(36) null, "duties" varchar(1000) null, "effective_from" varchar(10) not null, "effective_to" varchar(10) null, "signed_on" varchar(10) null, "end_reason" varchar(500) null, "superseded_by_id" varchar(36) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "fire_responsibility_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fire_responsibility_key_unit_id_index" on "fire_responsibility" ("key_unit_id");`);
    this.addSql(`create index "fire_responsibility_area_id_index" on "fire_responsibility" ("area_id");`);
    this.addSql(
      `create index "fire_responsibility_site_code_effective_from_index" on "fire_responsibility" ("site_code", "effective_from");`,
    );
    this.addSql(
      `create table "fire_equipment" ("id" varchar(36) not null, "site_code" varchar(32) not null, "area_id" varchar(36) null, "type" varchar(24) not null, "identifier" varchar(32) not null, "location" varchar(200) not null, "quantity" int not null, "note" varchar(500) null, "last_checked_on" varchar(10) null, "next_due_on" varchar(10) null, "status" varchar(16) not null default 'OK', "status_note" varchar(500) null, "retired_at" timestamptz null, "retire_reason" varchar(500) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "fire_equipment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fire_equipment_area_id_index" on "fire_equipment" ("area_id");`);
    this.addSql(
      `create index "fire_equipment_site_code_identifier_index" on "fire_equipment" ("site_code", "identifier");`,
    );
    this.addSql(`create index "fire_equipment_site_code_status_index" on "fire_equipment" ("site_code", "status");`);
    this.addSql(
      `create table "fire_brigade_member" ("id" varchar(36) not null, "site_code" varchar(32) not null, "staff_id" varchar(36) not null, "role" varchar(16) not null, "engagement" varchar(16) not null, "joined_on" varchar(10) not null, "last_trained_on" varchar(10) null, "left_on" varchar(10) null, "left_reason" varchar(500) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "fire_brigade_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fire_brigade_member_staff_id_index" on "fire_brigade_member" ("staff_id");`);
    this.addSql(
      `create index "fire_brigade_member_site_code_left_on_index" on "fire_brigade_member" ("site_code", "left_on");`,
    );
    this.addSql(
      `create table "external_inspection" ("id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "body_type" varchar(16) not null, "body_name" varchar(100) not null, "inspected_at" timestamptz not null, "scope" varchar(500) null, "received_by_id" varchar(36) not null, "findings" varchar(2000) null, "documents_provided" varchar(1000) null, "recorded_by_id" varchar(36) not null, "voided_at" timestamptz null, "void_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "external_inspection_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "external_inspection_inspected_at_id_index" on "external_inspection" ("inspected_at", "id");`,
    );
    this.addSql(
      `create table "emergency_plan" ("id" varchar(36) not null, "key_unit_id" varchar(36) not null, "site_code" varchar(32) not null, "type" varchar(16) not null, "version" int not null, "status" varchar(16) not null default 'DRAFT', "title" varchar(100) not null, "content" text not null, "effective_from" varchar(10) null, "review_due" varchar(10) null, "drafted_by_id" varchar(36) not null, "drafted_at" timestamptz not null, "approved_by_id" varchar(36) null, "approved_at" timestamptz null, "superseded_at" timestamptz null, "superseded_by_id" varchar(36) null, "withdrawn_at" timestamptz null, "withdraw_reason" varchar(500) null, "updated_at" timestamptz not null, constraint "emergency_plan_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "emergency_plan_site_code_status_index" on "emergency_plan" ("site_code", "status");`);
    this.addSql(
      `alter table "emergency_plan" add constraint "emergency_plan_key_unit_id_type_version_unique" unique ("key_unit_id", "type", "version");`,
    );
    this.addSql(
      `create table "fire_drill" ("id" varchar(36) not null, "site_code" varchar(32) not null, "status" varchar(16) not null default 'PLANNED', "planned_for" timestamptz not null, "scenario" varchar(500) not null, "plan_id" varchar(36) null, "area_id" varchar(36) null, "organiser_id" varchar(36) not null, "alarm_at" timestamptz null, "assembled_at" timestamptz null, "evacuated_at" timestamptz null, "ended_at" timestamptz null, "brigade_count" int null, "occupant_count" int null, "held_note" varchar(1000) null, "evaluation" text null, "rating" varchar(16) null, "evaluated_at" timestamptz null, "evaluated_by_id" varchar(36) null, "cancelled_at" timestamptz null, "cancel_reason" varchar(500) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "fire_drill_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fire_drill_planned_for_id_index" on "fire_drill" ("planned_for", "id");`);
    this.addSql(`create index "fire_drill_site_code_status_index" on "fire_drill" ("site_code", "status");`);
    this.addSql(
      `create table "fire_drill_participant" ("id" varchar(36) not null, "drill_id" varchar(36) not null, "staff_id" varchar(36) not null, constraint "fire_drill_participant_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "fire_drill_participant" add constraint "fire_drill_participant_drill_id_staff_id_unique" unique ("drill_id", "staff_id");`,
    );
    this.addSql(
      `create table "fire_drill_follow_up" ("id" varchar(36) not null, "drill_id" varchar(36) not null, "ordinal" int not null, "description" varchar(500) not null, "owner_id" varchar(36) not null, "due_on" varchar(10) null, "done_at" timestamptz null, "done_by_id" varchar(36) null, "done_note" varchar(500) null, constraint "fire_drill_follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "fire_drill_follow_up" add constraint "fire_drill_follow_up_drill_id_ordinal_unique" unique ("drill_id", "ordinal");`,
    );
    this.addSql(
      `create table "emergency_plan_reading" ("id" varchar(36) not null, "plan_id" varchar(36) not null, "staff_id" varchar(36) not null, "read_at" timestamptz not null, constraint "emergency_plan_reading_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "emergency_plan_reading" add constraint "emergency_plan_reading_plan_id_staff_id_unique" unique ("plan_id", "staff_id");`,
    );
    this.addSql(
      `create table "contact" ("id" varchar(36) not null, "directory" text check ("directory" in ('EMERGENCY', 'LIAISON')) not null, "category" text check ("category" in ('POLICE', 'FIRE', 'AMBULANCE', 'TRAFFIC', 'GAS', 'WATER', 'POWER', 'LIFT', 'DUTY', 'OTHER')) not null, "site_code" varchar(32) null, "name" varchar(100) not null, "person" varchar(50) null, "role" varchar(50) null, "phone" varchar(30) not null, "alt_phone" varchar(30) null, "note" varchar(500) null, "last_verified_at" timestamptz not null, "verified_by_id" varchar(36) not null, "verify_note" varchar(200) null, "retired_at" timestamptz null, "retired_by_id" varchar(36) null, "retire_reason" varchar(500) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "contact_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contact_last_verified_at_index" on "contact" ("last_verified_at");`);
    this.addSql(`create index "contact_directory_category_index" on "contact" ("directory", "category");`);
    this.addSql(
      `create table "api_token" ("id" varchar(36) not null, "owner_id" varchar(36) not null, "name" varchar(100) not null, "scopes" jsonb not null, "secret_hash" varchar(64) not null, "prefix" varchar(16) not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by_id" varchar(36) null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(
      `create table "audit_event" ("id" varchar(36) not null, "occurred_at" timestamptz not null, "actor_staff_id" varchar(36) null, "actor_token_id" varchar(36) null, "actor_name" varchar(100) not null, "action" varchar(64) not null, "target_type" varchar(64) not null, "target_id" varchar(100) not null, "department_key" varchar(64) null, "changes" jsonb not null, "request_id" varchar(64) null, "ip" varchar(64) null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_target_id_index" on "audit_event" ("target_id");`);
    this.addSql(`create index "audit_event_department_key_index" on "audit_event" ("department_key");`);
    this.addSql(`create index "audit_event_occurred_at_id_index" on "audit_event" ("occurred_at", "id");`);
    this.addSql(
      `create table "staff_site" ("staff_id" varchar(36) not null, "site_code" varchar(32) not null, constraint "staff_site_pkey" primary key ("staff_id", "site_code"));`,
    );
    this.addSql(
      `create table "staff_leave" ("id" varchar(36) not null, "staff_id" varchar(36) not null, "department_key" varchar(64) not null, "from_date" varchar(10) not null, "to_date" varchar(10) not null, "reason" varchar(200) not null, "recorded_by_id" varchar(36) not null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, "cancelled_by_id" varchar(36) null, "cancel_reason" varchar(200) null, constraint "staff_leave_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "staff_leave_from_date_id_index" on "staff_leave" ("from_date", "id");`);
    this.addSql(`create index "staff_leave_staff_id_from_date_index" on "staff_leave" ("staff_id", "from_date");`);
    this.addSql(
      `create table "team" ("id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "name" varchar(50) not null, "leader_id" varchar(36) not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "team_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "shift" ("id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "date" varchar(10) not null, "pattern_id" varchar(36) not null, "team_id" varchar(36) null, "leader_id" varchar(36) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" varchar(16) not null default 'PLANNED', "note" varchar(500) null, "briefing_at" timestamptz null, "on_duty_at" timestamptz null, "handing_over_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "shift_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "shift_status_index" on "shift" ("status");`);
    this.addSql(`create index "shift_starts_at_id_index" on "shift" ("starts_at", "id");`);
    this.addSql(`create index "shift_site_code_starts_at_index" on "shift" ("site_code", "starts_at");`);
    this.addSql(
      `alter table "shift" add constraint "shift_site_code_date_pattern_id_team_id_unique" unique ("site_code", "date", "pattern_id", "team_id");`,
    );
    this.addSql(
      `create table "shift_member" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "staff_id" varchar(36) not null, "role" varchar(16) not null, "post" varchar(16) null, "on_leave" boolean not null default false, "leave_note" varchar(500) null, "roll_call" varchar(8) null, "check_in_at" timestamptz null, "check_in_by_id" varchar(36) null, "check_out_at" timestamptz null, "check_out_by_id" varchar(36) null, "removed_at" timestamptz null, "created_at" timestamptz not null, constraint "shift_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "shift_member" add constraint "shift_member_shift_id_staff_id_unique" unique ("shift_id", "staff_id");`,
    );
    this.addSql(
      `create table "shift_swap" ("id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "kind" varchar(16) not null, "status" varchar(16) not null default 'REQUESTED', "requester_id" varchar(36) not null, "colleague_id" varchar(36) not null, "from_shift_id" varchar(36) not null, "to_shift_id" varchar(36) null, "reason" varchar(500) null, "decided_by_id" varchar(36) null, "decided_at" timestamptz null, "decision_note" varchar(500) null, "cover_member_id" varchar(36) null, "exchange_member_id" varchar(36) null, "created_at" timestamptz not null, "version" int not null default 1, constraint "shift_swap_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "shift_swap_status_index" on "shift_swap" ("status");`);
    this.addSql(`create index "shift_swap_requester_id_index" on "shift_swap" ("requester_id");`);
    this.addSql(`create index "shift_swap_colleague_id_index" on "shift_swap" ("colleague_id");`);
    this.addSql(`create index "shift_swap_from_shift_id_index" on "shift_swap" ("from_shift_id");`);
    this.addSql(`create index "shift_swap_to_shift_id_index" on "shift_swap" ("to_shift_id");`);
    this.addSql(`create index "shift_swap_created_at_id_index" on "shift_swap" ("created_at", "id");`);
    this.addSql(`create index "shift_swap_status_created_at_index" on "shift_swap" ("status", "created_at");`);
    this.addSql(
      `create table "shift_briefing" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "topics" jsonb not null, "notes" varchar(2000) null, "held_by_id" varchar(36) not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null, "version" int not null default 1, constraint "shift_briefing_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "shift_briefing" add constraint "shift_briefing_shift_id_unique" unique ("shift_id");`);
    this.addSql(
      `create table "patrol_round" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "patroller_id" varchar(36) not null, "started_at" timestamptz not null, "last_scan_at" timestamptz not null, "completed_at" timestamptz null, constraint "patrol_round_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "patrol_round_shift_id_patroller_id_index" on "patrol_round" ("shift_id", "patroller_id");`,
    );
    this.addSql(
      `create table "missed_patrol" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "area_id" varchar(36) not null, "count" int not null, "required" int not null, "status" varchar(16) not null default 'OPEN', "recorded_at" timestamptz not null, "reviewed_at" timestamptz null, "reviewed_by_id" varchar(36) null, "review_note" varchar(1000) null, "version" int not null default 1, constraint "missed_patrol_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "missed_patrol_recorded_at_id_index" on "missed_patrol" ("recorded_at", "id");`);
    this.addSql(`create index "missed_patrol_status_recorded_at_index" on "missed_patrol" ("status", "recorded_at");`);
    this.addSql(
      `alter table "missed_patrol" add constraint "missed_patrol_shift_id_area_id_unique" unique ("shift_id", "area_id");`,
    );
    this.addSql(
      `create table "handover" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "date" varchar(10) not null, "status" varchar(16) not null default 'DRAFT', "note" text null, "incoming_shift_id" varchar(36) null, "submitted_at" timestamptz null, "submitted_by_id" varchar(36) null, "late" boolean not null default false, "cash_expected_cents" int null, "cash_counted_cents" int null, "cash_explanation" varchar(500) null, "has_discrepancy" boolean not null default false, "accepted_at" timestamptz null, "accepted_by_id" varchar(36) null, "acceptance_note" varchar(500) null, "accepted_on_behalf" boolean not null default false, "disputed_at" timestamptz null, "disputed_by_id" varchar(36) null, "dispute_reason" varchar(500) null, "resolved_at" timestamptz null, "resolved_by_id" varchar(36) null, "resolution" varchar(16) null, "resolution_note" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "items" jsonb not null, "counts" jsonb not null, "version" int not null default 1, constraint "handover_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "handover" add constraint "handover_shift_id_unique" unique ("shift_id");`);
    this.addSql(`create index "handover_status_index" on "handover" ("status");`);
    this.addSql(`create index "handover_has_discrepancy_index" on "handover" ("has_discrepancy");`);
    this.addSql(`create index "handover_date_id_index" on "handover" ("date", "id");`);
    this.addSql(
      `create table "duty_log" ("id" varchar(36) not null, "key" varchar(160) not null, "department_key" varchar(64) not null, "site_code" varchar(32) not null, "date" varchar(10) not null, "shift_id" varchar(36) null, "status" varchar(16) not null default 'OPEN', "closed_at" timestamptz null, "reviewed_at" timestamptz null, "reviewed_by_id" varchar(36) null, "review_note" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "duty_log_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "duty_log" add constraint "duty_log_key_unique" unique ("key");`);
    this.addSql(`create index "duty_log_status_index" on "duty_log" ("status");`);
    this.addSql(`create index "duty_log_status_date_index" on "duty_log" ("status", "date");`);
    this.addSql(`create index "duty_log_date_id_index" on "duty_log" ("date", "id");`);
    this.addSql(
      `create table "discipline_record" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "member_id" varchar(36) not null, "staff_id" varchar(36) not null, "kind" varchar(24) not null, "origin" varchar(16) not null, "post" varchar(16) null, "observation" varchar(1000) not null, "observed_at" timestamptz not null, "recorded_by_id" varchar(36) not null, "status" varchar(16) not null default 'OPEN', "correction" varchar(1000) null, "corrected_at" timestamptz null, "corrected_by_id" varchar(36) null, "escalated_at" timestamptz null, "escalation_note" varchar(500) null, "reported_to_id" varchar(36) null, "voided_at" timestamptz null, "void_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "discipline_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "discipline_record_status_index" on "discipline_record" ("status");`);
    this.addSql(
      `create index "discipline_record_shift_id_staff_id_kind_index" on "discipline_record" ("shift_id", "staff_id", "kind");`,
    );
    this.addSql(`create index "discipline_record_observed_at_id_index" on "discipline_record" ("observed_at", "id");`);
    this.addSql(
      `create table "grooming_check" ("id" varchar(36) not null, "shift_id" varchar(36) not null, "member_id" varchar(36) not null, "staff_id" varchar(36) not null, "uniform" boolean not null, "badge" boolean not null, "appearance" boolean not null, "equipment" boolean not null, "passed" boolean not null, "note" varchar(500) null, "checked_by_id" varchar(36) not null, "checked_at" timestamptz not null, "rechecks" int not null default 0, "discipline_id" varchar(36) null, "created_at" timestamptz not null, constraint "grooming_check_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "grooming_check" add constraint "grooming_check_shift_id_member_id_unique" unique ("shift_id", "member_id");`,
    );
    this.addSql(
      `create table "cash_movement" ("id" varchar(36) not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "shift_id" varchar(36) not null, "direction" varchar(8) not null, "amount_cents" int not null, "purpose" varchar(200) not null, "receipt_no" varchar(50) null, "at" timestamptz not null, "recorded_by_id" varchar(36) not null, constraint "cash_movement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "cash_movement_site_code_department_key_at_index" on "cash_movement" ("site_code", "department_key", "at");`,
    );
    this.addSql(
      `create table "team_member" ("team_id" varchar(36) not null, "staff_id" varchar(36) not null, constraint "team_member_pkey" primary key ("team_id", "staff_id"));`,
    );
    this.addSql(
      `create table "unit" ("id" varchar(36) not null, "building_id" varchar(36) not null, "site_code" varchar(32) not null, "code" varchar(20) not null, "floor" int null, "area" double precision null, "usage" text check ("usage" in ('RESIDENTIAL', 'OFFICE', 'COMMERCIAL', 'PARKING', 'OTHER')) not null default 'RESIDENTIAL', "note" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_code_index" on "unit" ("code");`);
    this.addSql(`create index "unit_site_code_code_index" on "unit" ("site_code", "code");`);
    this.addSql(`alter table "unit" add constraint "unit_building_id_code_unique" unique ("building_id", "code");`);
    this.addSql(
      `create table "occupancy" ("id" varchar(36) not null, "unit_id" varchar(36) not null, "customer_id" varchar(36) not null, "role" text check ("role" in ('OWNER', 'TENANT', 'OCCUPANT')) not null, "from_date" varchar(10) not null, "to_date" varchar(10) null, "note" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "occupancy_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "occupancy_unit_id_to_date_index" on "occupancy" ("unit_id", "to_date");`);
    this.addSql(
      `create table "notice" ("id" varchar(36) not null, "reference" varchar(24) not null, "kind" text check ("kind" in ('NOTICE', 'ANNOUNCEMENT', 'DOCUMENT')) not null, "status" text check ("status" in ('DRAFT', 'ISSUED', 'WITHDRAWN')) not null default 'DRAFT', "title" varchar(100) not null, "body" text not null, "department_key" varchar(64) null, "audience" text check ("audience" in ('ALL_SITES', 'SITE', 'BUILDING', 'UNIT')) not null, "site_code" varchar(32) null, "building_id" varchar(36) null, "unit_id" varchar(36) null, "posted_at" varchar(200) null, "publish_at" timestamptz null, "expires_at" timestamptz null, "requires_acknowledgement" boolean not null default false, "acknowledgement_department_keys" jsonb not null, "author_id" varchar(36) not null, "issued_by_id" varchar(36) null, "issued_at" timestamptz null, "withdrawn_by_id" varchar(36) null, "withdrawn_at" timestamptz null, "withdraw_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "notice_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "notice" add constraint "notice_reference_unique" unique ("reference");`);
    this.addSql(`create index "notice_kind_index" on "notice" ("kind");`);
    this.addSql(`create index "notice_status_index" on "notice" ("status");`);
    this.addSql(`create index "notice_status_expires_at_index" on "notice" ("status", "expires_at");`);
    this.addSql(`create index "notice_created_at_id_index" on "notice" ("created_at", "id");`);
    this.addSql(
      `create table "notice_acknowledgement" ("id" varchar(36) not null, "notice_id" varchar(36) not null, "staff_id" varchar(36) not null, "staff_name" varchar(50) not null, "department_key" varchar(64) null, "at" timestamptz not null, constraint "notice_acknowledgement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "notice_acknowledgement" add constraint "notice_acknowledgement_notice_id_staff_id_unique" unique ("notice_id", "staff_id");`,
    );
    this.addSql(
      `create table "goods_pass" ("id" varchar(36) not null, "number" varchar(20) not null, "number_key" varchar(20) not null, "site_code" varchar(32) not null, "status" text check ("status" in ('REQUESTED', 'APPROVED', 'USED', 'REFUSED', 'EXPIRED', 'CANCELLED')) not null default 'REQUESTED', "unit_id" varchar(36) null, "customer_id" varchar(36) null, "department_key" varchar(64) null, "issued_to" varchar(100) not null, "items" jsonb not null, "carrier_name" varchar(50) not null, "carrier_phone" varchar(30) null, "plate" varchar(12) null, "valid_from" varchar(10) not null, "valid_until" varchar(10) not null, "note" varchar(500) null, "requested_by_id" varchar(36) not null, "created_at" timestamptz not null, "approved_by_id" varchar(36) null, "approved_at" timestamptz null, "checked_by_id" varchar(36) null, "checked_at" timestamptz null, "gate_id" varchar(36) null, "check_note" varchar(300) null, "refuse_reason" varchar(500) null, "cancelled_by_id" varchar(36) null, "cancelled_at" timestamptz null, "cancel_reason" varchar(500) null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "goods_pass_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "goods_pass" add constraint "goods_pass_number_unique" unique ("number");`);
    this.addSql(`alter table "goods_pass" add constraint "goods_pass_number_key_unique" unique ("number_key");`);
    this.addSql(`create index "goods_pass_status_index" on "goods_pass" ("status");`);
    this.addSql(`create index "goods_pass_created_at_id_index" on "goods_pass" ("created_at", "id");`);
    this.addSql(`create index "goods_pass_site_code_valid_until_index" on "goods_pass" ("site_code", "valid_until");`);
    this.addSql(
      `create table "case_record" ("id" varchar(36) not null, "reference" varchar(24) not null, "kind" varchar(32) not null, "status" text check ("status" in ('OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'VOIDED')) not null default 'OPEN', "channel" varchar(16) not null, "title" varchar(100) not null, "description" text not null, "reporter_customer_id" varchar(36) null, "reporter_staff_id" varchar(36) null, "reporter_name" varchar(50) null, "reporter_phone" varchar(30) null, "unit_id" varchar(36) null, "site_code" varchar(32) null, "area" varchar(100) null, "severity" text check ("severity" in ('GENERAL', 'MAJOR')) not null, "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, "beyond_authority" boolean not null default false, "department_key" varchar(64) not null, "assignee_id" varchar(36) null, "holder_id" varchar(36) null, "holder_department_key" varchar(64) null, "awaiting_acknowledgement" boolean not null default false, "escalated_to_id" varchar(36) null, "escalated_at" timestamptz null, "on_behalf_of_key" varchar(64) null, "received_by_id" varchar(36) not null, "response_due_at" timestamptz not null, "resolution_due_at" timestamptz not null, "responded_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "result" text null, "satisfaction" int null, "feedback" varchar(500) null, "void_reason" varchar(500) null, "details" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "case_record_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "case_record" add constraint "case_record_reference_unique" unique ("reference");`);
    this.addSql(`create index "case_record_kind_index" on "case_record" ("kind");`);
    this.addSql(`create index "case_record_status_index" on "case_record" ("status");`);
    this.addSql(`create index "case_record_created_at_id_index" on "case_record" ("created_at", "id");`);
    this.addSql(
      `create index "case_record_status_resolution_due_at_index" on "case_record" ("status", "resolution_due_at");`,
    );
    this.addSql(
      `create table "reception_visit" ("id" varchar(36) not null, "site_code" varchar(32) not null, "visited_at" timestamptz not null, "customer_id" varchar(36) null, "visitor_name" varchar(50) null, "visitor_phone" varchar(30) null, "unit_id" varchar(36) null, "purpose" text check ("purpose" in ('COMPLAINT', 'QUESTION', 'INQUIRY', 'RENTAL', 'REPAIR', 'OTHER')) not null, "summary" varchar(500) not null, "received_by_id" varchar(36) not null, "outcome" varchar(1000) null, "case_id" varchar(36) null, "status" text check ("status" in ('OPEN', 'CLOSED', 'VOIDED')) not null default 'OPEN', "closed_at" timestamptz null, "closed_by_id" varchar(36) null, "voided_at" timestamptz null, "void_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "reception_visit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reception_visit_purpose_index" on "reception_visit" ("purpose");`);
    this.addSql(`alter table "reception_visit" add constraint "reception_visit_case_id_unique" unique ("case_id");`);
    this.addSql(`create index "reception_visit_status_index" on "reception_visit" ("status");`);
    this.addSql(`create index "reception_visit_visited_at_id_index" on "reception_visit" ("visited_at", "id");`);
    this.addSql(
      `create table "patrol_scan" ("id" varchar(36) not null, "round_id" varchar(36) not null, "shift_id" varchar(36) not null, "checkpoint_id" varchar(36) not null, "area_id" varchar(36) not null, "patroller_id" varchar(36) not null, "scanned_at" timestamptz not null, "method" varchar(8) not null, "observation" varchar(500) null, "case_id" varchar(36) null, constraint "patrol_scan_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "patrol_scan" add constraint "patrol_scan_case_id_unique" unique ("case_id");`);
    this.addSql(`create index "patrol_scan_scanned_at_id_index" on "patrol_scan" ("scanned_at", "id");`);
    this.addSql(`create index "patrol_scan_round_id_scanned_at_index" on "patrol_scan" ("round_id", "scanned_at");`);
    this.addSql(`create index "patrol_scan_shift_id_area_id_index" on "patrol_scan" ("shift_id", "area_id");`);
    this.addSql(
      `create table "notification" ("id" varchar(36) not null, "recipient_id" varchar(36) not null, "type" varchar(32) not null, "case_id" varchar(36) null, "notice_id" varchar(36) null, "title_zh" varchar(200) not null, "title_en" varchar(300) not null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`,
    );
    this.addSql(
      `create table "meeting_action_item" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "case_id" varchar(36) not null, "ordinal" int not null, "created_at" timestamptz not null, constraint "meeting_action_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "meeting_action_item" add constraint "meeting_action_item_case_id_unique" unique ("case_id");`,
    );
    this.addSql(
      `alter table "meeting_action_item" add constraint "meeting_action_item_meeting_id_ordinal_unique" unique ("meeting_id", "ordinal");`,
    );
    this.addSql(
      `create table "escalation" ("id" varchar(36) not null, "case_id" varchar(36) not null, "level" varchar(16) not null, "to_id" varchar(36) not null, "to_name" varchar(100) not null, "on_duty" boolean not null, "shift_id" varchar(36) null, "reason" varchar(24) not null, "sent_at" timestamptz not null, "sent_by_id" varchar(36) null, "sent_by_name" varchar(100) not null, "ack_due_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" varchar(36) null, "note" varchar(500) null, "passed_on_at" timestamptz null, "settled_at" timestamptz null, "reminders" int not null default 0, constraint "escalation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "escalation_settled_at_ack_due_at_index" on "escalation" ("settled_at", "ack_due_at");`);
    this.addSql(
      `create table "duty_log_entry" ("id" varchar(36) not null, "log_id" varchar(36) not null, "at" timestamptz not null, "recorded_at" timestamptz not null, "author_id" varchar(36) not null, "text" text not null, "case_id" varchar(36) null, constraint "duty_log_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "duty_log_entry_log_id_at_index" on "duty_log_entry" ("log_id", "at");`);
    this.addSql(
      `create table "case_event" ("id" varchar(36) not null, "case_id" varchar(36) not null, "seq" int not null, "type" varchar(24) not null, "actor_id" varchar(36) not null, "actor_name" varchar(100) not null, "at" timestamptz not null, "note" text null, "data" jsonb null, constraint "case_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "vehicle_movement" ("id" varchar(36) not null, "site_code" varchar(32) not null, "plate" varchar(12) not null, "vehicle_type" text check ("vehicle_type" in ('CAR', 'VAN', 'TRUCK', 'MOTORCYCLE', 'OTHER')) not null, "category" text check ("category" in ('RESIDENT', 'VISITOR', 'DELIVERY', 'OTHER')) not null, "entry_gate_id" varchar(36) not null, "entered_at" timestamptz not null, "entry_officer_id" varchar(36) not null, "parking_place" varchar(30) null, "note" varchar(300) null, "exit_gate_id" varchar(36) null, "exited_at" timestamptz null, "exit_officer_id" varchar(36) null, "exit_note" varchar(300) null, "voided_at" timestamptz null, "voided_by_id" varchar(36) null, "void_reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "vehicle_movement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "vehicle_movement_plate_index" on "vehicle_movement" ("plate");`);
    this.addSql(`create index "vehicle_movement_exited_at_index" on "vehicle_movement" ("exited_at");`);
    this.addSql(`create index "vehicle_movement_entered_at_id_index" on "vehicle_movement" ("entered_at", "id");`);
    this.addSql(
      `create index "vehicle_movement_site_code_plate_exited_at_index" on "vehicle_movement" ("site_code", "plate", "exited_at");`,
    );
    this.addSql(
      `alter table "customer_contact" add constraint "customer_contact_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_reports_to_key_foreign" foreign key ("reports_to_key") references "position" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "department" add constraint "department_reports_to_key_foreign" foreign key ("reports_to_key") references "position" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "department" add constraint "department_head_key_foreign" foreign key ("head_key") references "position" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "department" add constraint "department_possibly_same_as_key_foreign" foreign key ("possibly_same_as_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "duty" add constraint "duty_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "duty" add constraint "duty_position_key_foreign" foreign key ("position_key") references "position" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "position_grant" add constraint "position_grant_position_key_foreign" foreign key ("position_key") references "position" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_pattern" add constraint "shift_pattern_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_material" add constraint "shift_material_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_material" add constraint "shift_material_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "building" add constraint "building_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "area" add constraint "area_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "checkpoint" add constraint "checkpoint_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "checkpoint" add constraint "checkpoint_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "staff" add constraint "staff_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "staff" add constraint "staff_position_key_foreign" foreign key ("position_key") references "position" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_chair_id_foreign" foreign key ("chair_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_reported_to_id_foreign" foreign key ("reported_to_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "key_unit" add constraint "key_unit_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "key_unit" add constraint "key_unit_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "key_unit" add constraint "key_unit_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_checklist_id_foreign" foreign key ("checklist_id") references "inspection_checklist" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_planned_by_id_foreign" foreign key ("planned_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_item" add constraint "inspection_item_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection_item" add constraint "inspection_item_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "inspection_item" add constraint "inspection_item_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "inspection_inspector" add constraint "inspection_inspector_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "inspection_inspector" add constraint "inspection_inspector_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "inspection_area" add constraint "inspection_area_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "inspection_area" add constraint "inspection_area_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "gate_visitor" add constraint "gate_visitor_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "gate_visitor" add constraint "gate_visitor_gate_id_foreign" foreign key ("gate_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "gate_visitor" add constraint "gate_visitor_entry_officer_id_foreign" foreign key ("entry_officer_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "gate_visitor" add constraint "gate_visitor_exit_officer_id_foreign" foreign key ("exit_officer_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "gate_visitor" add constraint "gate_visitor_voided_by_id_foreign" foreign key ("voided_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_key_unit_id_foreign" foreign key ("key_unit_id") references "key_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_responsible_id_foreign" foreign key ("responsible_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_deputy_id_foreign" foreign key ("deputy_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_superseded_by_id_foreign" foreign key ("superseded_by_id") references "fire_responsibility" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_responsibility" add constraint "fire_responsibility_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_equipment" add constraint "fire_equipment_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_equipment" add constraint "fire_equipment_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_equipment" add constraint "fire_equipment_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_brigade_member" add constraint "fire_brigade_member_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_brigade_member" add constraint "fire_brigade_member_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_brigade_member" add constraint "fire_brigade_member_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "external_inspection" add constraint "external_inspection_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "external_inspection" add constraint "external_inspection_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "external_inspection" add constraint "external_inspection_received_by_id_foreign" foreign key ("received_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "external_inspection" add constraint "external_inspection_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "emergency_plan" add constraint "emergency_plan_key_unit_id_foreign" foreign key ("key_unit_id") references "key_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "emergency_plan" add constraint "emergency_plan_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "emergency_plan" add constraint "emergency_plan_drafted_by_id_foreign" foreign key ("drafted_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "emergency_plan" add constraint "emergency_plan_approved_by_id_foreign" foreign key ("approved_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "emergency_plan" add constraint "emergency_plan_superseded_by_id_foreign" foreign key ("superseded_by_id") references "emergency_plan" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_drill" add constraint "fire_drill_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill" add constraint "fire_drill_plan_id_foreign" foreign key ("plan_id") references "emergency_plan" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_drill" add constraint "fire_drill_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_drill" add constraint "fire_drill_organiser_id_foreign" foreign key ("organiser_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill" add constraint "fire_drill_evaluated_by_id_foreign" foreign key ("evaluated_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fire_drill" add constraint "fire_drill_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill_participant" add constraint "fire_drill_participant_drill_id_foreign" foreign key ("drill_id") references "fire_drill" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill_participant" add constraint "fire_drill_participant_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill_follow_up" add constraint "fire_drill_follow_up_drill_id_foreign" foreign key ("drill_id") references "fire_drill" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill_follow_up" add constraint "fire_drill_follow_up_owner_id_foreign" foreign key ("owner_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fire_drill_follow_up" add constraint "fire_drill_follow_up_done_by_id_foreign" foreign key ("done_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "emergency_plan_reading" add constraint "emergency_plan_reading_plan_id_foreign" foreign key ("plan_id") references "emergency_plan" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "emergency_plan_reading" add constraint "emergency_plan_reading_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "contact" add constraint "contact_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "contact" add constraint "contact_verified_by_id_foreign" foreign key ("verified_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "contact" add constraint "contact_retired_by_id_foreign" foreign key ("retired_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "contact" add constraint "contact_created_by_id_foreign" foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_owner_id_foreign" foreign key ("owner_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_revoked_by_id_foreign" foreign key ("revoked_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_staff_id_foreign" foreign key ("actor_staff_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_token_id_foreign" foreign key ("actor_token_id") references "api_token" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "staff_site" add constraint "staff_site_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "staff_site" add constraint "staff_site_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "staff_leave" add constraint "staff_leave_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "staff_leave" add constraint "staff_leave_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "staff_leave" add constraint "staff_leave_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "staff_leave" add constraint "staff_leave_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "team" add constraint "team_leader_id_foreign" foreign key ("leader_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift" add constraint "shift_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "shift" add constraint "shift_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "shift" add constraint "shift_pattern_id_foreign" foreign key ("pattern_id") references "shift_pattern" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift" add constraint "shift_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift" add constraint "shift_leader_id_foreign" foreign key ("leader_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_member" add constraint "shift_member_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_member" add constraint "shift_member_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_member" add constraint "shift_member_check_in_by_id_foreign" foreign key ("check_in_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift_member" add constraint "shift_member_check_out_by_id_foreign" foreign key ("check_out_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_requester_id_foreign" foreign key ("requester_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_colleague_id_foreign" foreign key ("colleague_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_from_shift_id_foreign" foreign key ("from_shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_to_shift_id_foreign" foreign key ("to_shift_id") references "shift" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_decided_by_id_foreign" foreign key ("decided_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_cover_member_id_foreign" foreign key ("cover_member_id") references "shift_member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift_swap" add constraint "shift_swap_exchange_member_id_foreign" foreign key ("exchange_member_id") references "shift_member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "shift_briefing" add constraint "shift_briefing_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "shift_briefing" add constraint "shift_briefing_held_by_id_foreign" foreign key ("held_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_round" add constraint "patrol_round_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_round" add constraint "patrol_round_patroller_id_foreign" foreign key ("patroller_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "missed_patrol" add constraint "missed_patrol_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "missed_patrol" add constraint "missed_patrol_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "missed_patrol" add constraint "missed_patrol_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_incoming_shift_id_foreign" foreign key ("incoming_shift_id") references "shift" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_submitted_by_id_foreign" foreign key ("submitted_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_accepted_by_id_foreign" foreign key ("accepted_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_disputed_by_id_foreign" foreign key ("disputed_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "handover" add constraint "handover_resolved_by_id_foreign" foreign key ("resolved_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "duty_log" add constraint "duty_log_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "duty_log" add constraint "duty_log_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "duty_log" add constraint "duty_log_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "duty_log" add constraint "duty_log_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "discipline_record" add constraint "discipline_record_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "discipline_record" add constraint "discipline_record_member_id_foreign" foreign key ("member_id") references "shift_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "discipline_record" add constraint "discipline_record_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "discipline_record" add constraint "discipline_record_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "discipline_record" add constraint "discipline_record_corrected_by_id_foreign" foreign key ("corrected_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "discipline_record" add constraint "discipline_record_reported_to_id_foreign" foreign key ("reported_to_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "grooming_check" add constraint "grooming_check_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grooming_check" add constraint "grooming_check_member_id_foreign" foreign key ("member_id") references "shift_member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grooming_check" add constraint "grooming_check_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grooming_check" add constraint "grooming_check_checked_by_id_foreign" foreign key ("checked_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grooming_check" add constraint "grooming_check_discipline_id_foreign" foreign key ("discipline_id") references "discipline_record" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "cash_movement" add constraint "cash_movement_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "cash_movement" add constraint "cash_movement_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "cash_movement" add constraint "cash_movement_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cash_movement" add constraint "cash_movement_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "team_member" add constraint "team_member_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "occupancy" add constraint "occupancy_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "occupancy" add constraint "occupancy_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_author_id_foreign" foreign key ("author_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_issued_by_id_foreign" foreign key ("issued_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice_acknowledgement" add constraint "notice_acknowledgement_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notice_acknowledgement" add constraint "notice_acknowledgement_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notice_acknowledgement" add constraint "notice_acknowledgement_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_requested_by_id_foreign" foreign key ("requested_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_approved_by_id_foreign" foreign key ("approved_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_checked_by_id_foreign" foreign key ("checked_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_gate_id_foreign" foreign key ("gate_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "goods_pass" add constraint "goods_pass_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_reporter_customer_id_foreign" foreign key ("reporter_customer_id") references "customer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_reporter_staff_id_foreign" foreign key ("reporter_staff_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_department_key_foreign" foreign key ("department_key") references "department" ("key") on update cascade;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_assignee_id_foreign" foreign key ("assignee_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_holder_id_foreign" foreign key ("holder_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_holder_department_key_foreign" foreign key ("holder_department_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_escalated_to_id_foreign" foreign key ("escalated_to_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_on_behalf_of_key_foreign" foreign key ("on_behalf_of_key") references "department" ("key") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_received_by_id_foreign" foreign key ("received_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reception_visit" add constraint "reception_visit_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "reception_visit" add constraint "reception_visit_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "reception_visit" add constraint "reception_visit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "reception_visit" add constraint "reception_visit_received_by_id_foreign" foreign key ("received_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reception_visit" add constraint "reception_visit_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "reception_visit" add constraint "reception_visit_closed_by_id_foreign" foreign key ("closed_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "patrol_scan" add constraint "patrol_scan_round_id_foreign" foreign key ("round_id") references "patrol_round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_scan" add constraint "patrol_scan_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_scan" add constraint "patrol_scan_checkpoint_id_foreign" foreign key ("checkpoint_id") references "checkpoint" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_scan" add constraint "patrol_scan_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_scan" add constraint "patrol_scan_patroller_id_foreign" foreign key ("patroller_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_scan" add constraint "patrol_scan_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "meeting_action_item" add constraint "meeting_action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting_action_item" add constraint "meeting_action_item_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "escalation" add constraint "escalation_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "escalation" add constraint "escalation_to_id_foreign" foreign key ("to_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "escalation" add constraint "escalation_sent_by_id_foreign" foreign key ("sent_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "escalation" add constraint "escalation_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "duty_log_entry" add constraint "duty_log_entry_log_id_foreign" foreign key ("log_id") references "duty_log" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "duty_log_entry" add constraint "duty_log_entry_author_id_foreign" foreign key ("author_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "duty_log_entry" add constraint "duty_log_entry_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_actor_id_foreign" foreign key ("actor_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "vehicle_movement" add constraint "vehicle_movement_site_code_foreign" foreign key ("site_code") references "site" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "vehicle_movement" add constraint "vehicle_movement_entry_gate_id_foreign" foreign key ("entry_gate_id") references "area" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "vehicle_movement" add constraint "vehicle_movement_entry_officer_id_foreign" foreign key ("entry_officer_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "vehicle_movement" add constraint "vehicle_movement_exit_gate_id_foreign" foreign key ("exit_gate_id") references "area" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "vehicle_movement" add constraint "vehicle_movement_exit_officer_id_foreign" foreign key ("exit_officer_id") references "staff" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "vehicle_movement" add constraint "vehicle_movement_voided_by_id_foreign" foreign key ("voided_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create function steward_refuse_change() returns trigger language plpgsql as $$ begin raise exception '%', TG_ARGV[0]; end $$;`,
    );
    this.addSql(
      `create trigger audit_event_append_only before update or delete on "audit_event" for each row execute function steward_refuse_change('audit events are append-only');`,
    );
    this.addSql(
      `create trigger case_event_immutable before update or delete on "case_event" for each row execute function steward_refuse_change('case events are immutable');`,
    );
  }
}
