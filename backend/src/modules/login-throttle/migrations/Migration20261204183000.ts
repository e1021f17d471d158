import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A place's queue of slowed attempts (an address is slowed down, never locked). */
export class Migration20261204183000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "login_throttle" add column if not exists "next_attempt_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "login_throttle" drop column if exists "next_attempt_at";`);
  }

}
