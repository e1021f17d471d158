import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { eventsDuring as eventsDuringOf } from "../helpers/events"
import { useWorkshopClock } from "../helpers/clock"

const { today, thisMonth: THIS_MONTH, lastMonth: LAST_MONTH, month } = useWorkshopClock()

/**
 * Her month, confirmed or questioned: she questions one line of hers (once per Idempotency-Key),
 * her workshop's coordinator (and only hers) or the staff resolve it once, by a correction posted
 * to the ledger or by an answer; closing a month with open questions needs a reason.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let coordinatorX: any
    let coordinatorY: any
    let artisanA: { artisan: any; headers: any }
    let artisanB: { artisan: any; headers: any }
    /** A's piecework line this month (3 × 10.00), B's (1 × 10.00), A's line last month (2 × 10.00) */
    let lineA: string
    let lineB: string
    let lineALast: string

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const withKey = (who: { headers: any }, key: string) => ({ headers: { ...who.headers.headers, "idempotency-key": key } })
    const ask = (who: { headers: any }, body: unknown, key = `question-${uniqueSuffix()}`) => post("/artisan/questions", body, withKey(who, key))
    const netOf = async (who: { headers: any }, period: string) => (await get(`/artisan/earnings/${period}`, who.headers)).data.totals?.net ?? "0.00"
    const service = () => getContainer().resolve("workshop") as any
    const ledgerOf = async (artisanId: string) => (await service().listLedgerEntries({ artisan_id: artisanId })) as any[]

    const eventsDuring = (names: string[], run: () => Promise<unknown>) => eventsDuringOf(getContainer(), names, run)

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const workshopX = await createWorkshop(container)
      const workshopY = await createWorkshop(container)
      coordinatorX = await createCoordinator(api, container, { workshopIds: [workshopX.id] })
      coordinatorY = await createCoordinator(api, container, { workshopIds: [workshopY.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshopX.id, rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 8 } })
      const line = (artisanId: string, quantity: number, work_date: string) => ({ artisan_id: artisanId, piece_type_id: pieceType.id, quantity, grade: "A", work_date })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(artisanA.artisan.id, 3, today), line(artisanB.artisan.id, 1, today), line(artisanA.artisan.id, 2, `${LAST_MONTH}-10`)] },
        { headers: { ...coordinatorX.headers.headers, "idempotency-key": `questions-setup-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      const ledgerIdOf = async (who: { headers: any }, period: string) => (await get(`/artisan/earnings/${period}`, who.headers)).data.entries[0].id as string
      lineA = await ledgerIdOf(artisanA, THIS_MONTH)
      lineB = await ledgerIdOf(artisanB, THIS_MONTH)
      lineALast = await ledgerIdOf(artisanA, LAST_MONTH)
    })

    it("she questions her own line once per Idempotency-Key, not another woman's, and bad input names the field and writes nothing", async () => {
      let first: any
      const opened = await eventsDuring(["workshop.statement_question.opened"], async () => {
        first = await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "quantity_wrong", note: "我做了4个 / I made 4" }, "ask-once-1")
        expect(first.status).toBe(201)
        const replay = await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "quantity_wrong", note: "我做了4个 / I made 4" }, "ask-once-1")
        expect(replay.status).toBe(200)
        expect(replay.headers["idempotent-replayed"]).toBe("true")
        expect(replay.data.question.id).toBe(first.data.question.id)
      })
      expect(first.data.question).toMatchObject({
        period: THIS_MONTH,
        ledger_entry_id: lineA,
        reason: "quantity_wrong",
        note: "我做了4个 / I made 4",
        status: "open",
        resolution: null,
        answer_note: null,
        artisan_id: artisanA.artisan.id,
      })
      expect(first.data.question.line).toMatchObject({ kind: "piecework", amount: "30.00", quantity: 3, grade: "A" })
      expect(opened.filter((e) => e.data?.id === first.data.question.id)).toHaveLength(1)
      // the same key with another question is refused
      expect((await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "grade_wrong" }, "ask-once-1")).status).toBe(409)
      // a line with an open question isn't asked about twice
      expect((await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "grade_wrong" })).status).toBe(409)

      const questionsBefore = (await service().listStatementQuestions({})).length
      expect(questionsBefore).toBe(1)
      // another woman's line, or her own line under another month: no such line of hers
      expect((await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineB, reason: "quantity_wrong" })).status).toBe(404)
      expect((await ask(artisanA, { period: LAST_MONTH, ledger_entry_id: lineA, reason: "quantity_wrong" })).status).toBe(404)
      expect((await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: "ledg_01NOSUCHLINE0000000000000", reason: "other" })).status).toBe(404)

      const noKey = await post("/artisan/questions", { period: THIS_MONTH, ledger_entry_id: lineA, reason: "other" }, artisanA.headers)
      expect(noKey.status).toBe(400)
      expect(noKey.data.field).toBe("Idempotency-Key")
      for (const [body, field] of [
        [{ period: THIS_MONTH, ledger_entry_id: lineA, reason: "bogus" }, "reason"],
        [{ period: THIS_MONTH, ledger_entry_id: lineA, reason: "other", note: "x".repeat(501) }, "note"],
        [{ period: "2026-13", ledger_entry_id: lineA, reason: "other" }, "period"],
        [{ period: month(1), reason: "missing_work" }, "period"],
        [{ period: THIS_MONTH, reason: "grade_wrong" }, "ledger_entry_id"],
        [{ period: THIS_MONTH, ledger_entry_id: "a b", reason: "other" }, "ledger_entry_id"],
        [{ period: THIS_MONTH, ledger_entry_id: lineA, reason: "other", artisan_id: artisanB.artisan.id }, "artisan_id"],
      ] as const) {
        const res = await ask(artisanA, body)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(`${res.data.field ?? ""} ${res.data.message}`, JSON.stringify(body)).toMatch(new RegExp(`(^${field} |^ ?(Invalid request: )?${field}: |'${field}')`))
      }
      const nul = await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "other", note: "她\u0000" })
      expect(nul.status).toBe(400)
      expect(nul.data.field).toBe("body.note")
      expect((await service().listStatementQuestions({})).length).toBe(questionsBefore)

      // missing work names no line
      const missing = await ask(artisanA, { period: THIS_MONTH, reason: "missing_work", note: "15号的2个没记" })
      expect(missing.status).toBe(201)
      expect(missing.data.question).toMatchObject({ ledger_entry_id: null, line: null, reason: "missing_work" })

      // hers only
      const mine = await get(`/artisan/questions?period=${THIS_MONTH}`, artisanA.headers)
      expect(mine.status).toBe(200)
      expect(mine.data.questions.map((q: any) => q.id).sort()).toEqual([first.data.question.id, missing.data.question.id].sort())
      expect(mine.data.confirmation).toBeNull()
      const hers = await get(`/artisan/questions`, artisanB.headers)
      expect(hers.data.questions).toEqual([])
      expect((await get(`/artisan/questions?artisan_id=${artisanA.artisan.id}`, artisanB.headers)).status).toBe(400)
    })

    it("her coordinator (only hers) corrects a line: a reversal and an adjustment posted, her month changes by exactly that, and once", async () => {
      const asked = await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "quantity_wrong", note: "是4个" })
      const id = asked.data.question.id

      // another workshop's coordinator sees nothing and can't resolve it
      const other = await get(`/coordinator/questions`, coordinatorY.headers)
      expect(other.status).toBe(200)
      expect(other.data.questions).toEqual([])
      expect((await post(`/coordinator/questions/${id}/resolve`, { resolution: "answer", note: "不是你的" }, coordinatorY.headers)).status).toBe(404)

      const desk = await get(`/coordinator/questions?status=open&period=${THIS_MONTH}`, coordinatorX.headers)
      expect(desk.status).toBe(200)
      expect(desk.data.questions).toHaveLength(1)
      expect(desk.data.questions[0]).toMatchObject({ id, status: "open", artisan_name: artisanA.artisan.display_name, line: { amount: "30.00" } })

      expect(await netOf(artisanA, THIS_MONTH)).toBe("30.00")
      const ledgerBefore = await ledgerOf(artisanA.artisan.id)
      let resolved: any
      const events = await eventsDuring(
        ["workshop.statement_question.resolved", "workshop.work_entry.reversed", "workshop.adjustment.posted"],
        async () => {
          resolved = await post(
            `/coordinator/questions/${id}/resolve`,
            { resolution: "correction", reverse_entry: true, adjustment: { kind: "bonus", amount: "40.00" }, note: "按4件重新计 / recounted as 4" },
            coordinatorX.headers
          )
          expect(resolved.status).toBe(200)
          // twice: refused, nothing posted again
          const again = await post(`/coordinator/questions/${id}/resolve`, { resolution: "correction", adjustment: { kind: "bonus", amount: 40 }, note: "again" }, coordinatorX.headers)
          expect(again.status).toBe(409)
          expect(again.data.question).toMatchObject({ id, status: "resolved", resolution: "correction" })
          expect((await post(`/admin/questions/${id}/resolve`, { resolution: "answer", note: "again" }, admin)).status).toBe(409)
        }
      )
      expect(resolved.data.reversal).toMatchObject({ period: THIS_MONTH })
      expect(resolved.data.adjustment).toMatchObject({ period: THIS_MONTH })
      expect(events.filter((e) => e.name === "workshop.statement_question.resolved").map((e) => e.data.id)).toEqual([id])
      expect(events.filter((e) => e.name === "workshop.work_entry.reversed")).toHaveLength(1)
      expect(events.filter((e) => e.name === "workshop.adjustment.posted").map((e) => e.data.id)).toEqual([resolved.data.adjustment.ledger_entry_id])

      // the ledger got exactly a reversal of the line and the bonus; her month moved by exactly +10.00
      const ledgerAfter = await ledgerOf(artisanA.artisan.id)
      const added = ledgerAfter.filter((l) => !ledgerBefore.some((b) => b.id === l.id))
      expect(added.map((l) => [l.kind, Number(l.amount)]).sort()).toEqual([
        ["bonus", 40],
        ["reversal", -30],
      ])
      expect(added.find((l) => l.kind === "reversal").reverses_id).toBe(lineA)
      expect(await netOf(artisanA, THIS_MONTH)).toBe("40.00")

      // she sees the answer and what it changed
      const mine = await get(`/artisan/questions?period=${THIS_MONTH}`, artisanA.headers)
      expect(mine.data.questions[0]).toMatchObject({
        id,
        status: "resolved",
        resolution: "correction",
        answer_note: "按4件重新计 / recounted as 4",
        correction_amount: "10.00",
      })
      expect(mine.data.questions[0]).not.toHaveProperty("resolved_by")
      expect(mine.data.questions[0].correction_entry_ids.sort()).toEqual(added.map((l) => l.id).sort())
    })

    it("an answer posts no money; the admin lists and resolves by workshop and month; bad resolutions name the field", async () => {
      const asked = await ask(artisanB, { period: THIS_MONTH, ledger_entry_id: lineB, reason: "grade_wrong", note: "应该是A级" })
      const id = asked.data.question.id
      const missing = await ask(artisanB, { period: THIS_MONTH, reason: "missing_work" })

      for (const [body, field] of [
        [{ resolution: "maybe", note: "x" }, "resolution"],
        [{ resolution: "answer" }, "note"],
        [{ resolution: "answer", note: "x".repeat(501) }, "note"],
        [{ resolution: "answer", note: "x", adjustment: { kind: "bonus", amount: 5 } }, "reverse_entry"],
        [{ resolution: "correction", note: "x" }, "adjustment"],
        [{ resolution: "correction", note: "x", adjustment: { kind: "bonus", amount: 0 } }, "adjustment.amount"],
        [{ resolution: "correction", note: "x", adjustment: { kind: "gift", amount: 5 } }, "adjustment.kind"],
      ] as const) {
        const res = await post(`/admin/questions/${id}/resolve`, body, admin)
        expect(res.status, JSON.stringify(body)).toBe(400)
        // our own message starts with the field; Medusa's says "Field 'note' is required"
        expect(String(res.data.message), JSON.stringify(body)).toMatch(new RegExp(`^(Invalid request: )?(${field.replace(".", "\\.")}: |Field '${field}' is required)`))
      }
      const nul = await post(`/admin/questions/${id}/resolve`, { resolution: "answer", note: "\u0000" }, admin)
      expect(nul.status).toBe(400)
      expect(nul.data.field).toBe("body.note")
      // missing work has no line to reverse
      const notReversible = await post(`/admin/questions/${missing.data.question.id}/resolve`, { resolution: "correction", reverse_entry: true, note: "x" }, admin)
      expect(notReversible.status).toBe(400)
      expect(notReversible.data.field).toBe("reverse_entry")
      expect((await service().listStatementQuestions({ status: "open" })).length).toBe(2)

      const workshopId = asked.data.question.workshop_id
      const listed = await get(`/admin/questions?workshop_id=${workshopId}&period=${THIS_MONTH}&status=open`, admin)
      expect(listed.status).toBe(200)
      expect(listed.data.questions.map((q: any) => q.id).sort()).toEqual([id, missing.data.question.id].sort())
      expect((await get(`/admin/questions?period=${LAST_MONTH}`, admin)).data.questions).toEqual([])
      expect((await get(`/admin/questions?status=closed`, admin)).status).toBe(400)

      const ledgerBefore = await ledgerOf(artisanB.artisan.id)
      const answered = await post(`/admin/questions/${id}/resolve`, { resolution: "answer", note: "质检记的是B级，有线头 / graded B: loose threads" }, admin)
      expect(answered.status).toBe(200)
      expect(answered.data).toMatchObject({ reversal: null, adjustment: null, question: { status: "resolved", resolution: "answer", correction_amount: "0.00" } })
      expect((await ledgerOf(artisanB.artisan.id)).length).toBe(ledgerBefore.length)
      expect(await netOf(artisanB, THIS_MONTH)).toBe("10.00")
      const hers = await get(`/artisan/questions?period=${THIS_MONTH}`, artisanB.headers)
      expect(hers.data.questions.find((q: any) => q.id === id)).toMatchObject({ status: "resolved", answer_note: "质检记的是B级，有线头 / graded B: loose threads" })
    })

    it("closing a month with open questions is refused without a reason and writes nothing; with one it closes and keeps it", async () => {
      const asked = await ask(artisanA, { period: LAST_MONTH, ledger_entry_id: lineALast, reason: "quantity_wrong" })
      expect(asked.status).toBe(201)

      const refused = await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)
      expect(refused.status).toBe(409)
      expect(refused.data.field).toBe("reason")
      expect(refused.data.message).toMatch(/^reason: .*\/ /)
      expect(refused.data.questions.map((q: any) => q.id)).toEqual([asked.data.question.id])
      const noBody = await post(`/admin/periods/${LAST_MONTH}/close`, undefined, admin)
      expect(noBody.status).toBe(409)
      expect((await service().listStatements({ period: LAST_MONTH })).length).toBe(0)
      let periods = await get(`/admin/periods`, admin)
      expect(periods.data.periods.find((p: any) => p.month === LAST_MONTH)).toMatchObject({ status: "open", open_questions: 1, close_reason: null })

      const tooLong = await post(`/admin/periods/${LAST_MONTH}/close`, { reason: "x".repeat(501) }, admin)
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.message).toMatch(/^(Invalid request: )?reason: /)

      const closed = await post(`/admin/periods/${LAST_MONTH}/close`, { reason: "到付款日了，疑问下月处理 / payday: the question is settled next month" }, admin)
      expect(closed.status).toBe(200)
      expect(closed.data.status).toBe("closed")
      periods = await get(`/admin/periods`, admin)
      expect(periods.data.periods.find((p: any) => p.month === LAST_MONTH)).toMatchObject({
        status: "closed",
        close_reason: "到付款日了，疑问下月处理 / payday: the question is settled next month",
        open_questions: 1,
      })

      // a correction for the closed month lands in the current month
      const resolved = await post(
        `/admin/questions/${asked.data.question.id}/resolve`,
        { resolution: "correction", adjustment: { kind: "bonus", amount: 10 }, note: "补1件 / one more piece" },
        admin
      )
      expect(resolved.status).toBe(200)
      expect(resolved.data.adjustment.period).toBe(THIS_MONTH)
      expect(await netOf(artisanA, LAST_MONTH)).toBe("20.00")
      expect(await netOf(artisanA, THIS_MONTH)).toBe("40.00")
    })

    it("two resolutions at once (desk and admin) post one correction", async () => {
      const asked = await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "grade_wrong" })
      const id = asked.data.question.id
      const before = (await ledgerOf(artisanA.artisan.id)).length
      const body = { resolution: "correction", adjustment: { kind: "bonus", amount: 6 }, note: "A级补差价" }
      const answers = await Promise.all([
        post(`/coordinator/questions/${id}/resolve`, body, coordinatorX.headers),
        post(`/admin/questions/${id}/resolve`, body, admin),
        post(`/coordinator/questions/${id}/resolve`, body, coordinatorX.headers),
      ])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
      expect((await ledgerOf(artisanA.artisan.id)).length).toBe(before + 1)
      expect(await netOf(artisanA, THIS_MONTH)).toBe("36.00")
    })

    it("keeps what she asked: only the resolution is ever written, once; nothing is deleted", async () => {
      const asked = await ask(artisanA, { period: THIS_MONTH, ledger_entry_id: lineA, reason: "quantity_wrong", note: "是4个" })
      const id = asked.data.question.id
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      await expect(pg.raw(`update statement_question set note = 'changed' where id = ?`, [id])).rejects.toThrow(/only its resolution/)
      await expect(pg.raw(`delete from statement_question where id = ?`, [id])).rejects.toThrow(/kept/)
      await expect(service().updateStatementQuestions({ id, note: "changed" })).rejects.toThrow(/resolve one instead/)
      expect((await post(`/admin/questions/${id}/resolve`, { resolution: "answer", note: "对的，是3个" }, admin)).status).toBe(200)
      await expect(pg.raw(`update statement_question set answer_note = 'rewritten' where id = ?`, [id])).rejects.toThrow(/only its resolution/)
      const [row] = (await pg.raw(`select note, answer_note, status from statement_question where id = ?`, [id])).rows
      expect(row).toEqual({ note: "是4个", answer_note: "对的，是3个", status: "resolved" })
      await post(`/artisan/earnings/${THIS_MONTH}/confirm`, {}, artisanA.headers)
      await expect(pg.raw(`update statement_confirmation set net_total = 0 where artisan_id = ?`, [artisanA.artisan.id])).rejects.toThrow(/kept/)
    })

    it("she confirms a month once, open or closed; a month not begun is refused", async () => {
      const first = await post(`/artisan/earnings/${THIS_MONTH}/confirm`, {}, artisanA.headers)
      expect(first.status).toBe(201)
      expect(first.data.confirmation).toMatchObject({ period: THIS_MONTH, net_total: "30.00" })
      const again = await post(`/artisan/earnings/${THIS_MONTH}/confirm`, {}, artisanA.headers)
      expect(again.status).toBe(200)
      expect(again.data.confirmation).toEqual(first.data.confirmation)
      expect((await service().listStatementConfirmations({ artisan_id: artisanA.artisan.id })).length).toBe(1)
      const mine = await get(`/artisan/questions?period=${THIS_MONTH}`, artisanA.headers)
      expect(mine.data.confirmation).toEqual(first.data.confirmation)
      expect((await get(`/artisan/questions?period=${THIS_MONTH}`, artisanB.headers)).data.confirmation).toBeNull()

      const future = await post(`/artisan/earnings/${month(1)}/confirm`, {}, artisanA.headers)
      expect(future.status).toBe(400)
      expect(future.data.field).toBe("period")
      expect((await post(`/artisan/earnings/2026-13/confirm`, {}, artisanA.headers)).status).toBe(400)
      expect((await post(`/artisan/earnings/${THIS_MONTH}/confirm`, { artisan_id: artisanB.artisan.id }, artisanA.headers)).status).toBe(400)
      expect((await service().listStatementConfirmations({})).length).toBe(1)
    })
  },
})
