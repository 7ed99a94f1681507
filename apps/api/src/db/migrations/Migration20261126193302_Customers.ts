import { Migration } from '@mikro-orm/migrations';

export class Migration20261126193302_Customers extends Migration {

  override async up(): Promise<void> {
    // Customer files (R1): sites → buildings → units; customers, their contacts, who lived where, when.

    this.addSql(`create table \`customer\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('OWNER', 'TENANT', 'OCCUPANT')) not null, \`id_card_last4\` text null, \`note\` text null, \`voided_at\` datetime null, \`void_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`customer_name_index\` on \`customer\` (\`name\`);`);

    this.addSql(`create table \`customer_contact\` (\`id\` text not null, \`customer_id\` text not null, \`kind\` text check (\`kind\` in ('PHONE', 'EMAIL', 'WECHAT', 'OTHER')) not null, \`value\` text not null, \`normalized\` text not null, \`is_primary\` integer not null default false, \`created_at\` datetime not null, constraint \`customer_contact_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`customer_contact_customer_id_index\` on \`customer_contact\` (\`customer_id\`);`);
    this.addSql(`create index \`customer_contact_normalized_index\` on \`customer_contact\` (\`normalized\`);`);

    this.addSql(`create table \`building\` (\`id\` text not null, \`site_code\` text not null, \`code\` text not null, \`name\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`building_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`building_site_code_index\` on \`building\` (\`site_code\`);`);
    this.addSql(`create unique index \`building_site_code_code_unique\` on \`building\` (\`site_code\`, \`code\`);`);

    this.addSql(`create table \`unit\` (\`id\` text not null, \`building_id\` text not null, \`site_code\` text not null, \`code\` text not null, \`floor\` integer null, \`area\` double null, \`usage\` text check (\`usage\` in ('RESIDENTIAL', 'OFFICE', 'COMMERCIAL', 'PARKING', 'OTHER')) not null default 'RESIDENTIAL', \`note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`unit_building_id_foreign\` foreign key(\`building_id\`) references \`building\`(\`id\`) on update cascade, constraint \`unit_site_code_foreign\` foreign key(\`site_code\`) references \`site\`(\`code\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`unit_building_id_index\` on \`unit\` (\`building_id\`);`);
    this.addSql(`create index \`unit_site_code_index\` on \`unit\` (\`site_code\`);`);
    this.addSql(`create index \`unit_code_index\` on \`unit\` (\`code\`);`);
    this.addSql(`create index \`unit_site_code_code_index\` on \`unit\` (\`site_code\`, \`code\`);`);
    this.addSql(`create unique index \`unit_building_id_code_unique\` on \`unit\` (\`building_id\`, \`code\`);`);

    this.addSql(`create table \`occupancy\` (\`id\` text not null, \`unit_id\` text not null, \`customer_id\` text not null, \`role\` text check (\`role\` in ('OWNER', 'TENANT', 'OCCUPANT')) not null, \`from_date\` text not null, \`to_date\` text null, \`note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`occupancy_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`occupancy_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`occupancy_unit_id_index\` on \`occupancy\` (\`unit_id\`);`);
    this.addSql(`create index \`occupancy_customer_id_index\` on \`occupancy\` (\`customer_id\`);`);
    this.addSql(`create index \`occupancy_unit_id_to_date_index\` on \`occupancy\` (\`unit_id\`, \`to_date\`);`);

  }

}
