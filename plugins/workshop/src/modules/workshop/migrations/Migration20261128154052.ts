import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128154052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_reverses_id" ON "ledger_entry" ("reverses_id") WHERE reverses_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_reverses_id";`);
  }

}
