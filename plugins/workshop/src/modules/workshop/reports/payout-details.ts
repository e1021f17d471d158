import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { maskPayoutDetails, type PayoutDetails } from "../../../domain"
import { ANY_LIST, jsonList } from "../lib/sql"

/** Her payout details as stored, with when and by whom they were last changed. */
export type StoredPayoutDetails = PayoutDetails & { id: string; artisan_id: string; updated_by: string | null; updated_at: Date }

const SELECT = `id, artisan_id, method, account_name, account, bank_name, updated_by, updated_at`

/** The payout details of these artisans, unmasked (only the admin's edit screen answers these). */
export async function payoutDetailsOf(manager: EntityManager, artisanIds: string[]): Promise<Map<string, StoredPayoutDetails>> {
  if (!artisanIds.length) return new Map()
  const rows = (await manager.execute(
    `select ${SELECT} from artisan_payout_details where artisan_id = ${ANY_LIST} and deleted_at is null`,
    [jsonList(artisanIds)]
  )) as StoredPayoutDetails[]
  return new Map(rows.map((row) => [row.artisan_id, row]))
}

/** The payout details of these artisans, masked: what every answer but the admin's edit screen shows. */
export async function maskedPayoutDetailsOf(manager: EntityManager, artisanIds: string[]): Promise<Map<string, PayoutDetails>> {
  const full = await payoutDetailsOf(manager, artisanIds)
  return new Map([...full].map(([artisanId, d]) => [artisanId, maskPayoutDetails(d)]))
}

/** Sets her payout details (one row per artisan: created the first time, replaced after). */
export async function upsertPayoutDetails(
  manager: EntityManager,
  input: PayoutDetails & { artisan_id: string; actor_id: string }
): Promise<StoredPayoutDetails> {
  const rows = (await manager.execute(
    `insert into artisan_payout_details (id, artisan_id, method, account_name, account, bank_name, updated_by)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (artisan_id) where deleted_at is null do update
        set method = excluded.method, account_name = excluded.account_name, account = excluded.account,
            bank_name = excluded.bank_name, updated_by = excluded.updated_by, updated_at = now()
     returning ${SELECT}`,
    [generateEntityId(undefined, "apd"), input.artisan_id, input.method, input.account_name, input.account, input.bank_name, input.actor_id]
  )) as StoredPayoutDetails[]
  return rows[0]
}
