import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000623_Rosters extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`staff_leave\` (\`id\` text not null, \`staff_id\` text not null, \`department_key\` text not null, \`from_date\` text not null, \`to_date\` text not null, \`reason\` text not null, \`recorded_by_id\` text not null, \`created_at\` datetime not null, \`cancelled_at\` datetime null, \`cancelled_by_id\` text null, \`cancel_reason\` text null, constraint \`staff_leave_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`staff_leave_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`staff_leave_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`staff_leave_cancelled_by_id_foreign\` foreign key(\`cancelled_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`staff_leave_staff_id_index\` on \`staff_leave\` (\`staff_id\`);`);
    this.addSql(`create index \`staff_leave_department_key_index\` on \`staff_leave\` (\`department_key\`);`);
    this.addSql(`create index \`staff_leave_recorded_by_id_index\` on \`staff_leave\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`staff_leave_cancelled_by_id_index\` on \`staff_leave\` (\`cancelled_by_id\`);`);
    this.addSql(`create index \`staff_leave_from_date_id_index\` on \`staff_leave\` (\`from_date\`, \`id\`);`);
    this.addSql(`create index \`staff_leave_staff_id_from_date_index\` on \`staff_leave\` (\`staff_id\`, \`from_date\`);`);

    this.addSql(`create table \`shift_swap\` (\`id\` text not null, \`site_code\` text not null, \`department_key\` text not null, \`kind\` text not null, \`status\` text not null default 'REQUESTED', \`requester_id\` text not null, \`colleague_id\` text not null, \`from_shift_id\` text not null, \`to_shift_id\` text null, \`reason\` text null, \`decided_by_id\` text null, \`decided_at\` datetime null, \`decision_note\` text null, \`cover_member_id\` text null, \`exchange_member_id\` text null, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`shift_swap_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, constraint \`shift_swap_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on update cascade, constraint \`shift_swap_requester_id_foreign\` foreign key(\`requester_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`shift_swap_colleague_id_foreign\` foreign key(\`colleague_id\`) references \`staff\`(\`id\`) on update cascade, constraint \`shift_swap_from_shift_id_foreign\` foreign key(\`from_shift_id\`) references \`shift\`(\`id\`) on update cascade, constraint \`shift_swap_to_shift_id_foreign\` foreign key(\`to_shift_id\`) references \`shift\`(\`id\`) on delete set null on update cascade, constraint \`shift_swap_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`staff\`(\`id\`) on delete set null on update cascade, constraint \`shift_swap_cover_member_id_foreign\` foreign key(\`cover_member_id\`) references \`shift_member\`(\`id\`) on delete set null on update cascade, constraint \`shift_swap_exchange_member_id_foreign\` foreign key(\`exchange_member_id\`) references \`shift_member\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`shift_swap_site_code_index\` on \`shift_swap\` (\`site_code\`);`);
    this.addSql(`create index \`shift_swap_department_key_index\` on \`shift_swap\` (\`department_key\`);`);
    this.addSql(`create index \`shift_swap_status_index\` on \`shift_swap\` (\`status\`);`);
    this.addSql(`create index \`shift_swap_requester_id_index\` on \`shift_swap\` (\`requester_id\`);`);
    this.addSql(`create index \`shift_swap_colleague_id_index\` on \`shift_swap\` (\`colleague_id\`);`);
    this.addSql(`create index \`shift_swap_from_shift_id_index\` on \`shift_swap\` (\`from_shift_id\`);`);
    this.addSql(`create index \`shift_swap_to_shift_id_index\` on \`shift_swap\` (\`to_shift_id\`);`);
    this.addSql(`create index \`shift_swap_decided_by_id_index\` on \`shift_swap\` (\`decided_by_id\`);`);
    this.addSql(`create index \`shift_swap_cover_member_id_index\` on \`shift_swap\` (\`cover_member_id\`);`);
    this.addSql(`create index \`shift_swap_exchange_member_id_index\` on \`shift_swap\` (\`exchange_member_id\`);`);
    this.addSql(`create index \`shift_swap_created_at_id_index\` on \`shift_swap\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`shift_swap_status_created_at_index\` on \`shift_swap\` (\`status\`, \`created_at\`);`);
  }

}
