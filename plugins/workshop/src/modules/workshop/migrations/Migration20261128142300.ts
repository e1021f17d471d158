import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Money rules enforced by the database itself, whatever code runs against it:
 * - ledger entries are append-only (no UPDATE, no DELETE);
 * - a statement's totals never change, and once paid it never changes at all;
 * - a work entry's recorded facts never change; it may only be marked reversed, once.
 */
export class Migration20261128142300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function workshop_ledger_entry_append_only() returns trigger
      language plpgsql as $$
      begin
        raise exception 'ledger entries are append-only: % of ledger entry % refused', tg_op, old.id
          using errcode = 'check_violation';
      end $$;
    `)
    this.addSql(`drop trigger if exists ledger_entry_append_only on "ledger_entry";`)
    this.addSql(`
      create trigger ledger_entry_append_only before update or delete on "ledger_entry"
      for each row execute function workshop_ledger_entry_append_only();
    `)

    this.addSql(`
      create or replace function workshop_statement_frozen() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'statements are never deleted (statement %)', old.id using errcode = 'check_violation';
        end if;
        if old.paid_at is not null then
          raise exception 'statement % is paid and can no longer change', old.id using errcode = 'check_violation';
        end if;
        if new.period is distinct from old.period or new.artisan_id is distinct from old.artisan_id
          or new.workshop_id is distinct from old.workshop_id
          or new.piecework_total is distinct from old.piecework_total
          or new.sale_share_total is distinct from old.sale_share_total
          or new.bonus_total is distinct from old.bonus_total
          or new.deduction_total is distinct from old.deduction_total
          or new.reversal_total is distinct from old.reversal_total
          or new.net_total is distinct from old.net_total
          or new.entry_count is distinct from old.entry_count
          or new.deleted_at is not null then
          raise exception 'statement % totals are frozen', old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;
    `)
    this.addSql(`drop trigger if exists statement_frozen on "statement";`)
    this.addSql(`
      create trigger statement_frozen before update or delete on "statement"
      for each row execute function workshop_statement_frozen();
    `)

    this.addSql(`
      create or replace function workshop_work_entry_facts_frozen() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'work entries are never deleted (work entry %)', old.id using errcode = 'check_violation';
        end if;
        if old.reversed_at is not null then
          raise exception 'work entry % is already reversed', old.id using errcode = 'check_violation';
        end if;
        if new.artisan_id is distinct from old.artisan_id or new.workshop_id is distinct from old.workshop_id
          or new.piece_type_id is distinct from old.piece_type_id or new.quantity is distinct from old.quantity
          or new.grade is distinct from old.grade or new.work_date is distinct from old.work_date
          or new.period is distinct from old.period or new.rate is distinct from old.rate
          or new.amount is distinct from old.amount or new.recorded_by is distinct from old.recorded_by
          or new.batch_id is distinct from old.batch_id or new.line_index is distinct from old.line_index
          or new.deleted_at is not null then
          raise exception 'work entry % facts are frozen; reverse it instead', old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;
    `)
    this.addSql(`drop trigger if exists work_entry_facts_frozen on "work_entry";`)
    this.addSql(`
      create trigger work_entry_facts_frozen before update or delete on "work_entry"
      for each row execute function workshop_work_entry_facts_frozen();
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists ledger_entry_append_only on "ledger_entry";`)
    this.addSql(`drop function if exists workshop_ledger_entry_append_only();`)
    this.addSql(`drop trigger if exists statement_frozen on "statement";`)
    this.addSql(`drop function if exists workshop_statement_frozen();`)
    this.addSql(`drop trigger if exists work_entry_facts_frozen on "work_entry";`)
    this.addSql(`drop function if exists workshop_work_entry_facts_frozen();`)
  }
}
