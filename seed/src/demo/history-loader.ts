import { createHash } from "crypto"
import { addMonths, monthOf, todayInChina } from "@jinxiu/workshop/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ADMIN_EMAIL } from "./admin-user"
import { adjustmentSeeds, historyLines, historyWindow, planBatches, workedWholeMonth, type HistoryWindow } from "./history"
import { ARTISANS } from "./people"
import type { People } from "./people-loader"
import { pieceTypeKey, type PieceTypeIds } from "./piece-work-loader"
import { pieceTypeSeeds } from "./piece-types"
import { workshopService, type WorkshopService } from "./workshop-service"
import { closeTimeOf, payDayOf } from "./payouts"
import { loadDemoAdvance, loadNotices, loadOpenQuestion, loadPayoutDetails, payMonthPerWoman } from "./payouts-loader"

/**
 * Six months of piecework before the current month plus the current month up to yesterday, all
 * through the module's recordWorkBatch (each workshop's coordinator records it, keyed so a rerun
 * replays), then bonuses and deductions, then the six past months closed and paid.
 */
export async function loadHistory(
  container: MedusaContainer,
  people: People,
  pieceTypeIds: PieceTypeIds,
  /** today's date in China; given only to try what a later rerun does */
  today: string = todayInChina()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = workshopService(container)
  const window = historyWindow(today)
  const types = pieceTypeSeeds()
  const lines = historyLines(ARTISANS, types, window.first_date, window.last_date)
  const [admin] = await container.resolve(Modules.USER).listUsers({ email: ADMIN_EMAIL })
  const actorId = admin?.id ?? "seed"

  // Piecework
  const work = { created: 0, replayed: 0, skipped: 0, entries: 0 }
  for (const workshop of [...new Set(ARTISANS.map((a) => a.workshop))]) {
    const coordinator = people.coordinators.get(workshop)
    if (!coordinator) throw new Error(`No coordinator records work for ${workshop}`)
    const batches = await service.listWorkBatches(
      { coordinator_id: coordinator.id },
      { select: ["idempotency_key"], take: null }
    )
    const existingKeys = new Set(batches.map((b) => b.idempotency_key as string).filter((k) => k.startsWith(`seed:${workshop}:`)))
    for (const month of [...window.past_months, window.current_month]) {
      const monthLines = lines.filter((l) => l.workshop === workshop && monthOf(l.work_date) === month)
      for (const plan of planBatches(workshop, month, monthLines, window.last_date, existingKeys)) {
        const body = plan.lines.map((l) => ({
          artisan_id: people.artisanIds.get(l.phone)!,
          piece_type_id: pieceTypeIds.get(pieceTypeKey(l.workshop, l.code))!,
          quantity: l.quantity,
          grade: l.grade,
          work_date: l.work_date,
        }))
        const result = await service.recordWorkBatch({
          coordinator_id: coordinator.id,
          workshop_ids: coordinator.workshop_ids,
          idempotency_key: plan.key,
          request_hash: createHash("sha256").update(JSON.stringify(body)).digest("hex"),
          lines: body,
          today,
        })
        if (result.status === "created") {
          work.created++
          work.entries += result.response?.entries.length ?? 0
        } else if (result.status === "replayed") {
          work.replayed++
        } else if (result.status === "conflict" || result.errors?.every((e) => e.code === "period_closed")) {
          // Recorded differently by an earlier run (the demo data changed since), or too late for a
          // closed month: what is in the ledger stays as it is.
          work.skipped++
          logger.warn(`Demo work ${plan.key}: ${result.status}, left as it is`)
        } else {
          throw new Error(`Demo work ${plan.key} was refused (${result.status}): ${JSON.stringify(result.errors ?? result.message)}`)
        }
      }
    }
  }
  logger.info(
    `Piecework history ${window.first_date}..${window.last_date}: ${work.created} batches recorded (${work.entries} work entries), ` +
      `${work.replayed} replayed${work.skipped ? `, ${work.skipped} left as they were` : ""}`
  )

  // Bonuses and deductions, while their months are open
  const adjustments = { posted: 0, replayed: 0 }
  for (const a of adjustmentSeeds(ARTISANS, types, lines, window)) {
    const result = await service.postAdjustment({
      artisan_id: people.artisanIds.get(a.phone)!,
      kind: a.kind,
      amount: a.amount,
      reason: a.reason,
      period: a.period,
      actor_id: actorId,
      idempotency_key: a.idempotency_key,
    })
    if (result.status === "posted" || result.status === "replayed") adjustments[result.status]++
    else if (result.status === "period_closed") logger.warn(`Demo adjustment ${a.idempotency_key}: ${a.period} is closed, left out`)
    else throw new Error(`Demo adjustment ${a.idempotency_key}: ${result.status}`)
  }
  logger.info(`Bonuses and deductions: ${adjustments.posted} posted, ${adjustments.replayed} replayed`)

  await closeAndPay(container, service, window, people, actorId, logger)
  await reportIncomes(service, window, people, logger)
}

/**
 * The past months closed (statements frozen), then paid per woman on the 5th of the next month,
 * each with her own method (one transfer in the latest paid month comes back and is paid again),
 * except the last one: it has ended but is still open, as on the first days of a real month, so
 * the admin has a month to review and close. Before the latest closed month is closed, the demo
 * artisan is advanced a little more than she earns in it, so some is still to be recovered.
 */
async function closeAndPay(
  container: MedusaContainer,
  service: WorkshopService,
  window: HistoryWindow,
  people: People,
  actorId: string,
  logger: { info: (m: string) => void }
) {
  const done: string[] = []
  const details = await loadPayoutDetails(service, people, actorId)
  const toClose = window.past_months.slice().sort().slice(0, -1)
  const awaiting = window.past_months.slice().sort().at(-1)
  const latestClosed = toClose.at(-1)
  for (const month of toClose) {
    if (month === latestClosed) {
      const advance = await loadDemoAdvance(service, people, month, actorId)
      if (advance) done.push(`advance ${advance.id} before closing ${month}`)
    }
    const closed = await service.closePeriod({ month, actor_id: actorId, current_month: window.current_month })
    // closed when the programme closes a month (the 2nd of the next), not when the seed ran:
    // a demo month is closed before it is paid
    const [period] = await service.listPeriods({ month }, { select: ["id"], take: 1 })
    if (period) await service.updatePeriods({ id: period.id, closed_at: closeTimeOf(month) })
    if (payDayOf(month) > todayInChina()) {
      done.push(`${month} ${closed.status}, to be paid ${payDayOf(month)}`)
      continue
    }
    const payouts = await payMonthPerWoman(service, people, month, actorId, month === latestClosed)
    done.push(`${month} ${closed.status}, ${payouts} payouts (${closed.statements ?? "?"} statements)`)
  }
  const question = awaiting ? await loadOpenQuestion(service, people, awaiting) : null
  // what those months told the women (the two latest closed months), so the demo has notices
  const notices = await loadNotices(container, service, toClose.slice(-2))
  logger.info(
    `Payout details: ${details} set. Periods: ${done.join("; ")}; ${awaiting} ended, awaiting close` +
      `${question ? ` (one open question, ${question})` : ""}; ${window.current_month} open; ${notices} notices sent`
  )
}

/** What the statements say: net monthly income per artisan in the closed months. */
async function reportIncomes(service: WorkshopService, window: HistoryWindow, people: People, logger: { info: (m: string) => void }) {
  const statements = await service.listStatements(
    { period: window.past_months },
    { select: ["artisan_id", "period", "net_total"], take: null }
  )
  const byId = new Map(ARTISANS.map((a) => [people.artisanIds.get(a.phone), a]))
  const whole = statements.filter((s) => {
    const artisan = byId.get(s.artisan_id)
    return artisan && workedWholeMonth(artisan, s.period)
  })
  const describe = (rows: typeof statements) => {
    const nets = rows.map((s) => Number(s.net_total)).sort((a, b) => a - b)
    if (!nets.length) return "none"
    const median = nets.length % 2 ? nets[(nets.length - 1) / 2] : (nets[nets.length / 2 - 1] + nets[nets.length / 2]) / 2
    const inRange = nets.filter((n) => n >= 1800 && n <= 4000).length
    const yuan = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 })
    return `${nets.length} statements, min ${yuan(nets[0])}, median ${yuan(median)}, max ${yuan(nets[nets.length - 1])} CNY; ${inRange} (${Math.round((100 * inRange) / nets.length)}%) within 1,800-4,000`
  }
  logger.info(`Monthly net per artisan, whole months worked: ${describe(whole)}`)
  logger.info(`Monthly net per artisan, all closed statements (incl. joining/leaving months): ${describe(statements)}`)
}
