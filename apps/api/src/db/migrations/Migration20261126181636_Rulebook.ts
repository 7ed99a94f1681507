import { Migration } from '@mikro-orm/migrations';

export class Migration20261126181636_Rulebook extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`position\` (\`key\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`short_code\` text null, \`department_key\` text null, \`department_inferred\` integer not null default false, \`reports_to_key\` text null, \`status\` text check (\`status\` in ('COMPLETE', 'PARTIAL', 'TOC_ONLY', 'MENTIONED_ONLY')) not null, \`notes\` json not null, \`sort_order\` integer not null, constraint \`position_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on delete set null on update cascade, constraint \`position_reports_to_key_foreign\` foreign key(\`reports_to_key\`) references \`position\`(\`key\`) on delete set null on update cascade, primary key (\`key\`));`);
    this.addSql(`create index \`position_department_key_index\` on \`position\` (\`department_key\`);`);
    this.addSql(`create index \`position_reports_to_key_index\` on \`position\` (\`reports_to_key\`);`);

    this.addSql(`create table \`department\` (\`key\` text not null, \`name_zh\` text not null, \`name_en\` text not null, \`summary_zh\` text null, \`summary_en\` text null, \`short_code\` text null, \`chapter_no\` integer null, \`chapter_title_zh\` text null, \`chapter_title_en\` text null, \`status\` text check (\`status\` in ('COMPLETE', 'PARTIAL', 'TOC_ONLY', 'MENTIONED_ONLY')) not null, \`reports_to_key\` text null, \`head_key\` text null, \`possibly_same_as_key\` text null, \`notes\` json not null, \`sort_order\` integer not null, constraint \`department_reports_to_key_foreign\` foreign key(\`reports_to_key\`) references \`position\`(\`key\`) on delete set null on update cascade, constraint \`department_head_key_foreign\` foreign key(\`head_key\`) references \`position\`(\`key\`) on delete set null on update cascade, constraint \`department_possibly_same_as_key_foreign\` foreign key(\`possibly_same_as_key\`) references \`department\`(\`key\`) on delete set null on update cascade, primary key (\`key\`));`);
    this.addSql(`create index \`department_reports_to_key_index\` on \`department\` (\`reports_to_key\`);`);
    this.addSql(`create index \`department_head_key_index\` on \`department\` (\`head_key\`);`);
    this.addSql(`create index \`department_possibly_same_as_key_index\` on \`department\` (\`possibly_same_as_key\`);`);

    this.addSql(`create table \`duty\` (\`citation\` text not null, \`number\` integer not null, \`text_zh\` text not null, \`text_en\` text not null, \`source\` text not null, \`department_key\` text null, \`position_key\` text null, \`reading_note\` text null, constraint \`duty_department_key_foreign\` foreign key(\`department_key\`) references \`department\`(\`key\`) on delete set null on update cascade, constraint \`duty_position_key_foreign\` foreign key(\`position_key\`) references \`position\`(\`key\`) on delete set null on update cascade, primary key (\`citation\`), constraint duty_one_owner check ((department_key is null) <> (position_key is null)));`);
    this.addSql(`create index \`duty_source_index\` on \`duty\` (\`source\`);`);
    this.addSql(`create index \`duty_department_key_index\` on \`duty\` (\`department_key\`);`);
    this.addSql(`create index \`duty_position_key_index\` on \`duty\` (\`position_key\`);`);
  }

}
