import { Migration } from '@mikro-orm/migrations';

export class Migration20261127092558_CaseRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_rollup" ("cube" varchar(8) not null, "zone" varchar(64) not null, "day" int not null, "site_code" varchar(32) not null, "department_key" varchar(64) not null, "kind" varchar(32) not null, "status" varchar(16) not null, "channel" varchar(16) not null, "severity" varchar(8) not null, "cnt" int not null default 0, "resolved_n" int not null default 0, "in_sla_n" int not null default 0, "h0" int not null default 0, "h1" int not null default 0, "h2" int not null default 0, "h3" int not null default 0, "h4" int not null default 0, "h5" int not null default 0, "h6" int not null default 0, "h7" int not null default 0, "h8" int not null default 0, "h9" int not null default 0, "h10" int not null default 0, "h11" int not null default 0, "h12" int not null default 0, "h13" int not null default 0, "h14" int not null default 0, "h15" int not null default 0, "h16" int not null default 0, "h17" int not null default 0, "h18" int not null default 0, "h19" int not null default 0, "h20" int not null default 0, "h21" int not null default 0, "h22" int not null default 0, "h23" int not null default 0, "h24" int not null default 0, "h25" int not null default 0, "h26" int not null default 0, "h27" int not null default 0, "h28" int not null default 0, "h29" int not null default 0, "h30" int not null default 0, "h31" int not null default 0, "h32" int not null default 0, "h33" int not null default 0, "h34" int not null default 0, "h35" int not null default 0, "h36" int not null default 0, "h37" int not null default 0, "h38" int not null default 0, "h39" int not null default 0, "h40" int not null default 0, "h41" int not null default 0, "h42" int not null default 0, "h43" int not null default 0, "h44" int not null default 0, "h45" int not null default 0, "h46" int not null default 0, "h47" int not null default 0, "h48" int not null default 0, "h49" int not null default 0, "h50" int not null default 0, "h51" int not null default 0, "h52" int not null default 0, "h53" int not null default 0, "h54" int not null default 0, "h55" int not null default 0, "h56" int not null default 0, "h57" int not null default 0, "h58" int not null default 0, "h59" int not null default 0, "h60" int not null default 0, "h61" int not null default 0, "h62" int not null default 0, "h63" int not null default 0, constraint "case_rollup_pkey" primary key ("cube", "zone", "day", "site_code", "department_key", "kind", "status", "channel", "severity"));`,
    );

    this.addSql(
      `create table "case_rollup_state" ("id" serial primary key, "version" int not null, "built_at" timestamptz not null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_rollup" cascade;`);

    this.addSql(`drop table if exists "case_rollup_state" cascade;`);
  }
}
