import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025711_Incidents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`incident_policy\` (\`id\` text not null default 'company', \`report_minutes\` integer not null, \`fire_report_minutes\` integer not null, \`ack_minutes\` integer not null, \`updated_at\` datetime null, \`updated_by_name\` text null, primary key (\`id\`));`);

    this.addSql(`create table \`escalation\` (\`id\` text not null, \`case_id\` text not null, \`level\` text not null, \`to_id\` text not null, \`to_name\` text not null, \`on_duty\` integer not null, \`shift_id\` text null, \`reason\` text not null, \`sent_at\` datetime not null, \`sent_by_id\` text null, \`sent_by_name\` text not null, \`ack_due_at\` datetime not null, \`acknowledged_at\` datetime null, \`acknowledged_by_id\` text null, \`note\` text null, \`passed_on_at\` datetime null, \`settled_at\` datetime null, \`reminders\` integer not null default 0, constraint \`escalation_case_id_foreign\` foreign key(\`case_id\`) references \`case_record\`(\`id\`) on update cascade, constraint \`escalation_to_id_foreign\` foreign key(\`to_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`escalation_sent_by_id_foreign\` foreign key(\`sent_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`escalation_acknowledged_by_id_foreign\` foreign key(\`acknowledged_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`escalation_case_id_index\` on \`escalation\` (\`case_id\`);`);
    this.addSql(`create index \`escalation_to_id_index\` on \`escalation\` (\`to_id\`);`);
    this.addSql(`create index \`escalation_sent_by_id_index\` on \`escalation\` (\`sent_by_id\`);`);
    this.addSql(`create index \`escalation_acknowledged_by_id_index\` on \`escalation\` (\`acknowledged_by_id\`);`);
    this.addSql(`create index \`escalation_settled_at_ack_due_at_index\` on \`escalation\` (\`settled_at\`, \`ack_due_at\`);`);

  }

}
