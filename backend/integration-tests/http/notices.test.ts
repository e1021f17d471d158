import { eventually } from "../helpers/eventually"
import fs from "fs"
import os from "os"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

// The local SMS provider records what it would send here (read back below); set before the app loads.
const OUTBOX = path.join(os.tmpdir(), `jinxiu-notices-test-${process.pid}.jsonl`)
process.env.SMS_OUTBOX_FILE = OUTBOX

const { lastMonth: LAST_MONTH } = useWorkshopClock()
const MONTH_WORD = `${Number(LAST_MONTH.slice(5))}月`

type OutboxLine = { notification_id: string; idempotency_key: string; to: string; template: string; text: string; params: Record<string, unknown> }
const outbox = (): OutboxLine[] =>
  fs.existsSync(OUTBOX)
    ? fs
        .readFileSync(OUTBOX, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : []


/**
 * Notices (Medusa's Notification module): a woman is told when her month closes and when a payout
 * to her is recorded or comes back, in the app and by text message (recorded by the local SMS
 * provider); a coordinator is told when a woman of her workshop questions her month, and the
 * woman when it is answered. Each once per event and channel, however often the event arrives;
 * each reader sees only her own notices and reads them.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let workshop: { id: string }
    let coordinator: { coordinator: any; headers: any }
    let artisanA: { artisan: any; headers: any; phone: string }
    let artisanB: { artisan: any; headers: any; phone: string }
    let artisanC: { artisan: any; headers: any; phone: string }

    const post = (p: string, body: unknown, config: any) => api.post(p, body, config).catch((e: any) => e.response)
    const get = (p: string, config: any) => api.get(p, config).catch((e: any) => e.response)
    const notificationsOf = async (filters: Record<string, unknown>) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters, { take: null } as any)) as any[]
    const noticesOf = async (who: { headers: any }, query = "") => {
      const res = await get(`/artisan/notices${query}`, who.headers)
      expect(res.status).toBe(200)
      return res.data
    }
    /** Delivers an event to every subscriber, `times` times at once, as a redelivering bus would. */
    const deliver = async (name: string, data: { id: string }, times = 2) => {
      const bus = getContainer().resolve(Modules.EVENT_BUS) as any
      await Promise.all(Array.from({ length: times }, () => bus.emit({ name, data })))
    }
    const settle = () => new Promise((r) => setTimeout(r, 1500))

    /** Last month's work: A earned 100.00, B 50.00; C nothing (no statement). */
    beforeEach(async () => {
      fs.rmSync(OUTBOX, { force: true })
      const container = getContainer()
      admin = await adminHeaders(container)
      workshop = await createWorkshop(container)
      coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanC = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      const line = (artisanId: string, quantity: number) => ({ artisan_id: artisanId, piece_type_id: pieceType.id, quantity, grade: "A", work_date: `${LAST_MONTH}-15` })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(artisanA.artisan.id, 8), line(artisanB.artisan.id, 4)] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `notices-setup-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
    })

    const closeLastMonth = async () => {
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")
      // both women told, in the app and by text
      await eventually(() => expect(outbox()).toHaveLength(2))
    }

    it("closing a month tells each woman with a statement what it makes payable, in the app and by text, once however often the event comes", async () => {
      await closeLastMonth()

      // one text message each, in Chinese, the amount as one number, to her mobile
      const texts = outbox()
      expect(texts.map((m) => [m.to, m.text]).sort()).toEqual(
        [
          [artisanA.phone, `${MONTH_WORD}工资单已出：¥100.00`],
          [artisanB.phone, `${MONTH_WORD}工资单已出：¥50.00`],
        ].sort()
      )
      expect(texts[0]).toMatchObject({ template: "statement_ready", params: { period: LAST_MONTH, locale: "zh-CN" } })

      // in the app: hers only, unread
      const a = await noticesOf(artisanA)
      expect(a).toMatchObject({ count: 1, unread_count: 1 })
      expect(a.notices[0]).toMatchObject({ kind: "statement_ready", period: LAST_MONTH, amount: "100.00", read: false })
      expect((await noticesOf(artisanB)).notices[0]).toMatchObject({ kind: "statement_ready", amount: "50.00" })
      expect(await noticesOf(artisanC)).toMatchObject({ notices: [], count: 0, unread_count: 0 })

      // the Notification module holds one notice per woman and channel
      const stored = await notificationsOf({ trigger_type: "workshop.period.closed" })
      expect(stored).toHaveLength(4)
      expect(stored.filter((n) => n.channel === "feed").map((n) => n.to).sort()).toEqual([artisanA.artisan.id, artisanB.artisan.id].sort())
      expect(stored.every((n) => n.status === "success")).toBe(true)

      // the same event delivered again, twice at once, and the subscriber called again directly:
      // nothing new, in the module or in the outbox
      await deliver("workshop.period.closed", { id: LAST_MONTH })
      const subscriber = require("@jinxiu/workshop/subscribers/notify-month-closed").default
      await Promise.all([1, 2].map(() => subscriber({ event: { name: "workshop.period.closed", data: { id: LAST_MONTH } }, container: getContainer() })))
      await settle()
      expect(await notificationsOf({ trigger_type: "workshop.period.closed" })).toHaveLength(4)
      const after = outbox()
      expect(after).toHaveLength(2)
      // and each message is exactly one notice's
      const smsIds = stored.filter((n) => n.channel === "sms").map((n) => n.id).sort()
      expect(after.map((m) => m.notification_id).sort()).toEqual(smsIds)
      expect(new Set(after.map((m) => m.idempotency_key)).size).toBe(2)

      // deliveries racing to create the same new notices, some with part of them (the loser of a
      // race on one key still creates the others): one notice per key, one message per notice
      const { sendNotices } = require("@jinxiu/workshop/lib/notices/send-notices")
      const raced = (round: number, channel: "feed" | "sms") => ({
        to: channel === "sms" ? artisanC.phone : artisanC.artisan.id,
        channel,
        template: "statement_ready",
        receiver_id: artisanC.artisan.id,
        trigger_type: "test.race",
        data: { period: LAST_MONTH, amount: "1.00", text: "race" },
        idempotency_key: `test.race:${round}:${artisanC.artisan.id}:${channel}`,
      })
      for (const round of [1, 2, 3]) {
        await Promise.all(
          [["feed"], ["feed", "sms"], ["feed"], ["feed", "sms"]].map((channels) =>
            sendNotices(getContainer(), channels.map((c) => raced(round, c as "feed" | "sms")))
          )
        )
      }
      expect(await notificationsOf({ trigger_type: "test.race" })).toHaveLength(6)
      expect(outbox().filter((m) => m.idempotency_key.startsWith("test.race:"))).toHaveLength(3)

      // a text message the provider refuses: logged and marked failed, the batch's other notices made
      const refused = await sendNotices(getContainer(), [raced(9, "feed"), { ...raced(9, "sms"), data: { period: LAST_MONTH } }])
      expect(refused).toEqual({ created: 0, failed_batches: 1 })
      const nine = await notificationsOf({ trigger_type: "test.race", idempotency_key: [raced(9, "feed").idempotency_key, raced(9, "sms").idempotency_key] })
      expect(nine.map((n) => [n.channel, n.status]).sort()).toEqual([["feed", "success"], ["sms", "failure"]])
    })

    it("a payout recorded, and one that came back, tell her the amount once each; she sees only hers and reads them", async () => {
      await closeLastMonth()
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      const statementA = month.data.statements.find((s: any) => s.artisan_id === artisanA.artisan.id).statement_id
      const paid = await post(
        `/admin/statements/${statementA}/payouts`,
        { method: "wechat", amount: 40, reference: "WX-NOTICE" },
        { headers: { ...admin.headers, "idempotency-key": `notice-payout-${uniqueSuffix()}` } }
      )
      expect(paid.status).toBe(201)
      const payoutId = paid.data.payout.id
      await eventually(() => expect(outbox()).toHaveLength(3))
      expect(outbox()[2]).toMatchObject({ to: artisanA.phone, template: "payout_sent", text: "已付款 ¥40.00（微信）" })

      expect((await post(`/admin/payouts/${payoutId}/fail`, { reason: "账号不对" }, admin)).status).toBe(201)
      await eventually(() => expect(outbox()).toHaveLength(4))
      expect(outbox()[3]).toMatchObject({ to: artisanA.phone, template: "payout_failed", text: "付款失败 ¥40.00，我们会重新付款" })

      // a failure told only when the payout did come back: a second payout, not failed, gets no "failed" notice
      const second = await post(
        `/admin/statements/${statementA}/payouts`,
        { method: "cash", amount: 10 },
        { headers: { ...admin.headers, "idempotency-key": `notice-payout-${uniqueSuffix()}` } }
      )
      await eventually(() => expect(outbox()).toHaveLength(5))
      expect(outbox()[4]).toMatchObject({ template: "payout_sent", text: "已付款 ¥10.00（现金）" })
      await deliver("workshop.payout.failed", { id: second.data.payout.id })

      // both events again, twice each: nothing new
      await deliver("workshop.payout.recorded", { id: payoutId })
      await deliver("workshop.payout.failed", { id: payoutId })
      await settle()
      expect(outbox()).toHaveLength(5)
      expect(await notificationsOf({ resource_id: payoutId })).toHaveLength(4)
      expect(await notificationsOf({ resource_id: second.data.payout.id })).toHaveLength(2)

      // her list: newest first, hers only
      const a = await noticesOf(artisanA)
      expect(a.notices.map((n: any) => n.kind)).toEqual(["payout_sent", "payout_failed", "payout_sent", "statement_ready"])
      expect(a.notices[1]).toMatchObject({ amount: "40.00", method: "wechat", period: LAST_MONTH, read: false })
      expect(a).toMatchObject({ count: 4, unread_count: 4 })
      const b = await noticesOf(artisanB)
      expect(b.notices.map((n: any) => n.kind)).toEqual(["statement_ready"])
      expect(JSON.stringify(b)).not.toContain(payoutId)
      // paged
      const page = await noticesOf(artisanA, "?limit=1&offset=1")
      expect(page).toMatchObject({ count: 4, limit: 1, offset: 1 })
      expect(page.notices.map((n: any) => n.kind)).toEqual(["payout_failed"])
      expect((await get(`/artisan/notices?limit=0`, artisanA.headers)).status).toBe(400)
      expect((await get(`/artisan/notices?artisan_id=${artisanB.artisan.id}`, artisanA.headers)).status).toBe(400)

      // reading: one, then the same again (nothing changes), then B's as A (ignored), then all
      const read = (who: { headers: any }, body: unknown) => post(`/artisan/notices/read`, body, who.headers)
      const one = await read(artisanA, { ids: [a.notices[3].id] })
      expect(one.status).toBe(200)
      expect(one.data).toEqual({ marked: 1, unread_count: 3 })
      expect((await read(artisanA, { ids: [a.notices[3].id] })).data).toEqual({ marked: 0, unread_count: 3 })
      expect((await read(artisanA, { ids: [b.notices[0].id] })).data).toEqual({ marked: 0, unread_count: 3 })
      expect((await noticesOf(artisanB)).unread_count).toBe(1)
      expect((await read(artisanA, { ids: ["not an id"] })).status).toBe(400)
      expect((await read(artisanA, { artisan_id: artisanB.artisan.id })).status).toBe(400)
      expect((await read(artisanA, {})).data).toEqual({ marked: 3, unread_count: 0 })
      expect((await read(artisanA, {})).data).toEqual({ marked: 0, unread_count: 0 })
      const readAll = await noticesOf(artisanA)
      expect(readAll.unread_count).toBe(0)
      expect(readAll.notices.every((n: any) => n.read)).toBe(true)
      // B's are still hers to read
      expect(await noticesOf(artisanB)).toMatchObject({ unread_count: 1, notices: [{ read: false }] })
    })

    it("payouts recorded at once (the month's shortcut, a payout run's results) tell each woman once, in one event for them all", async () => {
      await closeLastMonth()
      expect((await post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-NOTICES", method: "alipay" }, admin)).status).toBe(200)
      await eventually(() => expect(outbox()).toHaveLength(4))
      const told = outbox().slice(2)
      expect(told.map((m) => m.template)).toEqual(["payout_sent", "payout_sent"])
      expect(told.map((m) => m.to).sort()).toEqual([artisanA.phone, artisanB.phone].sort())
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      const ids: string[] = month.data.statements.flatMap((s: any) => s.payouts.map((p: any) => p.id))
      expect(ids).toHaveLength(2)

      // the batch event again, twice at once, and each payout's own event: nothing new
      const bus = getContainer().resolve(Modules.EVENT_BUS) as any
      await Promise.all([1, 2].map(() => bus.emit({ name: "workshop.payouts.recorded", data: { ids } })))
      await deliver("workshop.payout.recorded", { id: ids[0] })
      // a failure batch naming a payout that didn't come back tells nothing
      await Promise.all([1, 2].map(() => bus.emit({ name: "workshop.payouts.failed", data: { ids } })))
      await settle()
      expect(outbox()).toHaveLength(4)
      for (const id of ids) expect(await notificationsOf({ resource_id: id })).toHaveLength(2)

      // one came back: the batch of failures tells her once
      expect((await post(`/admin/payouts/${ids[0]}/fail`, { reason: "账号不对" }, admin)).status).toBe(201)
      await eventually(() => expect(outbox()).toHaveLength(5))
      await Promise.all([1, 2].map(() => bus.emit({ name: "workshop.payouts.failed", data: { ids } })))
      await settle()
      expect(outbox()).toHaveLength(5)
      const cameBack = month.data.statements.flatMap((s: any) => s.payouts).find((p: any) => p.id === ids[0])
      expect(outbox()[4]).toMatchObject({ template: "payout_failed", text: `付款失败 ¥${cameBack.amount}，我们会重新付款` })
    })

    it("a woman's question tells each coordinator of her workshop on the desk, and its answer tells her, once each", async () => {
      await closeLastMonth()
      const container = getContainer()
      const secondCoordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const otherWorkshop = await createWorkshop(container)
      const elsewhere = await createCoordinator(api, container, { workshopIds: [otherWorkshop.id] })

      const asked = await post(
        "/artisan/questions",
        { period: LAST_MONTH, reason: "missing_work", note: "15号还有两把扇子" },
        { headers: { ...artisanA.headers.headers, "idempotency-key": `notice-question-${uniqueSuffix()}` } }
      )
      expect(asked.status).toBe(201)
      const questionId = asked.data.question.id

      const desk = (who: { headers: any }) => get(`/coordinator/notices`, who.headers)
      const mine = await eventually(async () => {
        const res = await desk(coordinator)
        expect(res.data.notices).toHaveLength(1)
        return res.data
      })
      expect(mine).toMatchObject({ count: 1, unread_count: 1 })
      expect(mine.notices[0]).toMatchObject({ kind: "question_opened", period: LAST_MONTH, question_id: questionId, artisan_name: artisanA.artisan.display_name, read: false })
      await eventually(async () => expect((await desk(secondCoordinator)).data.notices).toHaveLength(1))
      expect((await desk(elsewhere)).data).toMatchObject({ notices: [], count: 0, unread_count: 0 })
      // no text message to a coordinator
      expect(outbox()).toHaveLength(2)

      // answered: she is told, in the app and by text
      const answered = await post(`/coordinator/questions/${questionId}/resolve`, { resolution: "answer", note: "已经补上了" }, coordinator.headers)
      expect(answered.status).toBe(200)
      await eventually(() => expect(outbox()).toHaveLength(3))
      expect(outbox()[2]).toMatchObject({ to: artisanA.phone, template: "question_answered", text: `你问的${MONTH_WORD}工资单有回复了` })
      const a = await noticesOf(artisanA)
      expect(a.notices[0]).toMatchObject({ kind: "question_answered", question_id: questionId, period: LAST_MONTH })

      // redelivered: nothing new
      await deliver("workshop.statement_question.opened", { id: questionId })
      await deliver("workshop.statement_question.resolved", { id: questionId })
      await settle()
      expect(outbox()).toHaveLength(3)
      expect((await desk(coordinator)).data.count).toBe(1)
      expect(await notificationsOf({ resource_id: questionId })).toHaveLength(4)

      // each coordinator reads her own
      const read = await post(`/coordinator/notices/read`, {}, coordinator.headers)
      expect(read.data).toEqual({ marked: 1, unread_count: 0 })
      expect((await desk(coordinator)).data.notices[0].read).toBe(true)
      expect((await desk(secondCoordinator)).data.unread_count).toBe(1)
      // a coordinator can't mark a woman's notice
      expect((await post(`/coordinator/notices/read`, { ids: [a.notices[0].id] }, secondCoordinator.headers)).data).toEqual({ marked: 0, unread_count: 1 })
      expect((await noticesOf(artisanA)).unread_count).toBe(2)
    })
  },
})
