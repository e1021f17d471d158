import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { entityIds } from "../../lib/ids"
import {
  checkWorkDate,
  linePay,
  monthOf,
  rateOn,
  skillCheck,
  sumMoney,
  type Grade,
  type LineError as DomainLineError,
  type RecordedEntry,
  type WorkBatchResponse,
  type WorkLine,
} from "../../../../domain"
import { ANY_LIST, insertRows, jsonList, rawNumber, type Column } from "../../lib/sql"
import { appendLedgerEntries } from "../ledger/post-entries"
import { lockPeriodsForWriting } from "../period/period-locks"

export type { Grade }

type RateRow = { piece_type_id: string; effective_from: string; rate_a: string; rate_b: string }

/** One line of a batch, as the domain defines it. */
export type WorkLineInput = WorkLine

export type RecordWorkBatchInput = {
  coordinator_id: string
  /** the workshops the coordinator may record for */
  workshop_ids: string[]
  idempotency_key: string
  request_hash: string
  lines: WorkLineInput[]
  /** today's date in China */
  today: string
}

/** One problem with one line: `code` and `params` let the desk say it in the user's language. */
export type LineError = DomainLineError & { index: number; field: keyof WorkLineInput; message: string }

export type { RecordedEntry }
export type { WorkBatchResponse }

export type RecordWorkBatchResult =
  /** `body` is the answer as sent the first time, byte for byte: a replay sends the same bytes */
  | { status: "created" | "replayed"; response: WorkBatchResponse; body: string }
  | { status: "invalid" | "not_found"; errors: LineError[] }
  | { status: "conflict"; message: string }

export const WORK_ENTRY_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "artisan_id", type: "text" },
  { name: "workshop_id", type: "text" },
  { name: "piece_type_id", type: "text" },
  { name: "quantity", type: "integer" },
  { name: "grade", type: "text" },
  { name: "work_date", type: "text" },
  { name: "period", type: "text" },
  { name: "rate", type: "numeric" },
  { name: "raw_rate", type: "jsonb" },
  { name: "amount", type: "numeric" },
  { name: "raw_amount", type: "jsonb" },
  { name: "recorded_by", type: "text" },
  { name: "batch_id", type: "text" },
  { name: "line_index", type: "integer" },
  { name: "note", type: "text" },
  { name: "trial", type: "boolean" },
]

/** What the API says when a line's date is refused (the desk shows its own words for the code). */
const DATE_MESSAGES: Record<string, (p: Record<string, string>) => string> = {
  invalid_date: (p) => `${p.work_date} is not a date`,
  work_date_in_future: (p) => `The work date ${p.work_date} is in the future`,
  work_date_before_joined: (p) => `The work date ${p.work_date} is before the artisan joined (${p.joined_on})`,
  work_date_after_left: (p) =>
    p.left_on ? `The work date ${p.work_date} is after the artisan left (${p.left_on})` : "The artisan has left the workshop: no work can be recorded for her",
}

async function findBatch(manager: EntityManager, coordinatorId: string, key: string) {
  const [row] = (await manager.execute(
    `select id, request_hash, response, response_body from work_batch where coordinator_id = ? and idempotency_key = ? and deleted_at is null`,
    [coordinatorId, key]
  )) as { id: string; request_hash: string; response: WorkBatchResponse | null; response_body: string | null }[]
  return row
}

function replayOrConflict(
  existing: { request_hash: string; response: WorkBatchResponse | null; response_body: string | null },
  hash: string
): RecordWorkBatchResult {
  if (existing.request_hash !== hash || !existing.response) {
    return {
      status: "conflict",
      message: "This Idempotency-Key was already used for a different batch. Use a new key for new work.",
    }
  }
  return { status: "replayed", response: existing.response, body: existing.response_body ?? JSON.stringify(existing.response) }
}

/**
 * Records one batch of work entries, all or nothing, inside the caller's transaction:
 * idempotency by (coordinator, key); every line checked (artisan in her workshops, piece type
 * active and of the artisan's workshop, date not in the future / before she joined / in a closed
 * month, a rate in force); the rate in force on the work date copied into each entry; one
 * piecework ledger entry per paid line.
 */
export async function recordWorkBatch(manager: EntityManager, input: RecordWorkBatchInput): Promise<RecordWorkBatchResult> {
  const existing = await findBatch(manager, input.coordinator_id, input.idempotency_key)
  if (existing) return replayOrConflict(existing, input.request_hash)

  const artisanIds = [...new Set(input.lines.map((l) => l.artisan_id))]
  const pieceTypeIds = [...new Set(input.lines.map((l) => l.piece_type_id))]
  const artisans = new Map(
    ((await manager.execute(
      `select id, workshop_id, joined_on, left_on, status from artisan where id = ${ANY_LIST} and deleted_at is null`,
      [jsonList(artisanIds)]
    )) as { id: string; workshop_id: string; joined_on: string; left_on: string | null; status: string }[]).map((a) => [a.id, a])
  )
  const pieceTypes = new Map(
    ((await manager.execute(
      `select id, workshop_id, is_active, required_skill from piece_type where id = ${ANY_LIST} and deleted_at is null`,
      [jsonList(pieceTypeIds)]
    )) as { id: string; workshop_id: string; is_active: boolean; required_skill: string | null }[]).map((p) => [p.id, p])
  )
  // The skills of the women whose lines need one (a piece type can require a skill, issue 12).
  const skillsOf = new Map<string, string[]>()
  if ([...pieceTypes.values()].some((p) => p.required_skill)) {
    const held = (await manager.execute(
      `select artisan_id, skill_code from artisan_skill where artisan_id = ${ANY_LIST} and deleted_at is null`,
      [jsonList(artisanIds)]
    )) as { artisan_id: string; skill_code: string }[]
    for (const h of held) skillsOf.set(h.artisan_id, [...(skillsOf.get(h.artisan_id) ?? []), h.skill_code])
  }
  const rates = (await manager.execute(
    `select piece_type_id, effective_from, rate_a::text as rate_a, rate_b::text as rate_b
       from piece_rate where piece_type_id = ${ANY_LIST} and deleted_at is null`,
    [jsonList(pieceTypeIds)]
  )) as RateRow[]

  // Lines naming an artisan outside her workshops: 404, as if they didn't exist.
  const scope = new Set(input.workshop_ids)
  const notFound: LineError[] = []
  input.lines.forEach((line, index) => {
    const artisan = artisans.get(line.artisan_id)
    if (!artisan || !scope.has(artisan.workshop_id)) {
      notFound.push({ index, field: "artisan_id", code: "artisan_not_found", message: `Artisan ${line.artisan_id} was not found in your workshops`, params: { artisan_id: line.artisan_id } })
    }
    const pieceType = pieceTypes.get(line.piece_type_id)
    if (!pieceType || !scope.has(pieceType.workshop_id)) {
      notFound.push({ index, field: "piece_type_id", code: "piece_type_not_found", message: `Piece type ${line.piece_type_id} was not found in your workshops`, params: { piece_type_id: line.piece_type_id } })
    }
  })
  if (notFound.length) return { status: "not_found", errors: notFound }

  // Months are locked for writing before they are checked, so a close can't slip in between.
  const periods = await lockPeriodsForWriting(manager, input.lines.map((l) => monthOf(l.work_date)))

  const errors: LineError[] = []
  const priced: { line: WorkLineInput; index: number; workshop_id: string; rate: string; amount: string; trial: boolean }[] = []
  input.lines.forEach((line, index) => {
    const artisan = artisans.get(line.artisan_id)!
    const pieceType = pieceTypes.get(line.piece_type_id)!
    const before = errors.length
    if (!pieceType.is_active) {
      errors.push({ index, field: "piece_type_id", code: "piece_type_retired", message: "This piece type is retired and can't be recorded" })
    } else if (pieceType.workshop_id !== artisan.workshop_id) {
      errors.push({ index, field: "piece_type_id", code: "piece_type_other_workshop", message: "This piece type belongs to another workshop than the artisan's" })
    }
    const skill = skillCheck({ required_skill: pieceType.required_skill, her_skills: skillsOf.get(line.artisan_id) ?? [], trial: line.trial === true })
    if (!skill.ok) {
      errors.push({ index, field: "piece_type_id", code: skill.code, message: `This piece type needs the skill ${skill.params.skill}, which she hasn't yet: mark the line as a supervised trial`, params: skill.params })
    }
    const dateProblem = checkWorkDate(line.work_date, input.today, artisan)
    if (dateProblem) {
      errors.push({ index, field: "work_date", code: dateProblem.code, message: DATE_MESSAGES[dateProblem.code](dateProblem.params), params: dateProblem.params })
    } else if (periods.get(monthOf(line.work_date)) !== "open") {
      errors.push({ index, field: "work_date", code: "period_closed", message: `${monthOf(line.work_date)} is closed: no more work can be recorded for it`, params: { period: monthOf(line.work_date) } })
    }
    const rate = rateOn(rates.filter((r) => r.piece_type_id === line.piece_type_id), line.work_date)
    if (!rate && errors.length === before) {
      errors.push({ index, field: "piece_type_id", code: "no_rate", message: `No piece rate is in force on ${line.work_date} for this piece type`, params: { work_date: line.work_date } })
    }
    if (errors.length === before && rate) {
      const pay = linePay(rate, line.grade, line.quantity)!
      priced.push({ line, index, workshop_id: artisan.workshop_id, rate: pay.rate, amount: pay.amount, trial: skill.ok && skill.trial })
    }
  })
  if (errors.length) return { status: "invalid", errors }

  // Claim the key. A concurrent request with the same key waits here until we commit, then
  // finds our batch and replays it.
  const batchId = generateEntityId(undefined, "wkbat")
  const claimed = (await manager.execute(
    `insert into work_batch (id, coordinator_id, idempotency_key, request_hash, line_count)
     values (?, ?, ?, ?, ?) on conflict (coordinator_id, idempotency_key) where deleted_at is null do nothing returning id`,
    [batchId, input.coordinator_id, input.idempotency_key, input.request_hash, input.lines.length]
  )) as { id: string }[]
  if (!claimed.length) {
    const other = await findBatch(manager, input.coordinator_id, input.idempotency_key)
    return replayOrConflict(other, input.request_hash)
  }

  const ids = entityIds("wkent", priced.length)
  const rows = priced.map((p, i) => ({
    id: ids[i],
    artisan_id: p.line.artisan_id,
    workshop_id: p.workshop_id,
    piece_type_id: p.line.piece_type_id,
    quantity: p.line.quantity,
    grade: p.line.grade,
    work_date: p.line.work_date,
    period: monthOf(p.line.work_date),
    rate: p.rate,
    raw_rate: rawNumber(p.rate),
    amount: p.amount,
    raw_amount: rawNumber(p.amount),
    recorded_by: input.coordinator_id,
    batch_id: batchId,
    line_index: p.index,
    note: p.line.note ?? null,
    trial: p.trial,
  }))
  await insertRows(manager, "work_entry", WORK_ENTRY_COLUMNS, rows)
  await appendLedgerEntries(
    manager,
    rows
      .filter((r) => r.amount !== "0.00")
      .map((r) => ({
        artisan_id: r.artisan_id,
        workshop_id: r.workshop_id,
        period: r.period,
        kind: "piecework" as const,
        amount: r.amount,
        source_type: "work_entry" as const,
        source_id: r.id,
        dedupe_key: `work_entry:${r.id}`,
        created_by: input.coordinator_id,
      }))
  )

  const response: WorkBatchResponse = {
    batch_id: batchId,
    entries: rows.map((r) => ({
      id: r.id,
      index: r.line_index,
      artisan_id: r.artisan_id,
      piece_type_id: r.piece_type_id,
      quantity: r.quantity,
      grade: r.grade,
      work_date: r.work_date,
      rate: r.rate,
      amount: r.amount,
    })),
    total_amount: sumMoney(rows.map((r) => r.amount)),
  }
  const body = JSON.stringify(response)
  await manager.execute(`update work_batch set response = ?::jsonb, response_body = ? where id = ?`, [body, body, batchId])
  return { status: "created", response, body }
}
