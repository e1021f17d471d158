import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const { today, thisMonth: THIS_MONTH, lastMonth: LAST_MONTH } = useWorkshopClock()

/**
 * A correction of a paid month: the desk is asked before the money is taken back in the current
 * month (nothing is written until it names that month), the correction names what it corrects,
 * and the desk's month view, the desk's view of her month and her own income page give the same
 * totals for both months afterwards.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)

    it("asks before taking a paid month's line back in this month, and every view agrees afterwards", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const other = await createWorkshop(container)
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const stranger = await createCoordinator(api, container, { workshopIds: [other.id] })
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 48, rate_b: 30 } })
      const line = (quantity: number, work_date: string) => ({ artisan_id: her.artisan.id, piece_type_id: pieceType.id, quantity, grade: "A", work_date })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(1, `${LAST_MONTH}-18`), line(2, `${LAST_MONTH}-19`), line(3, today)] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `paid-correction-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      const [wrong] = recorded.data.entries
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).status).toBe(200)
      expect((await post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-CORRECTION" }, admin)).data.status).toBe("paid")

      // without naming where the money lands: asked, nothing written
      const asked = await post(`/coordinator/work-entries/${wrong.id}/reverse`, { reason: "记错了 / recorded by mistake" }, coordinator.headers)
      expect(asked.status).toBe(409)
      expect(asked.data).toMatchObject({
        code: "correction_needs_confirmation",
        original_period: LAST_MONTH,
        original_status: "paid",
        period: THIS_MONTH,
        amount: "48.00",
      })
      const stillThere = await get(`/coordinator/work-entries?artisan_id=${her.artisan.id}&from=${LAST_MONTH}-01&to=${LAST_MONTH}-28`, coordinator.headers)
      expect(stillThere.data.work_entries.every((e: any) => e.reversed_at === null)).toBe(true)
      // naming another month is no confirmation
      expect((await post(`/coordinator/work-entries/${wrong.id}/reverse`, { reason: "记错了", confirm_period: LAST_MONTH }, coordinator.headers)).status).toBe(409)
      const badMonth = await post(`/coordinator/work-entries/${wrong.id}/reverse`, { reason: "记错了", confirm_period: "2026-13" }, coordinator.headers)
      expect(badMonth.status).toBe(400)
      expect(badMonth.data.message).toMatch(/confirm_period/)

      const reversed = await post(`/coordinator/work-entries/${wrong.id}/reverse`, { reason: "记错了 / recorded by mistake", confirm_period: THIS_MONTH }, coordinator.headers)
      expect(reversed.status).toBe(200)
      expect(reversed.data.period).toBe(THIS_MONTH)

      // the entry says where its correction landed
      const listed = await get(`/coordinator/work-entries?artisan_id=${her.artisan.id}&from=${LAST_MONTH}-01&to=${LAST_MONTH}-28`, coordinator.headers)
      const entry = listed.data.work_entries.find((e: any) => e.id === wrong.id)
      expect(entry).toMatchObject({ period: LAST_MONTH, correction_period: THIS_MONTH })
      expect(listed.data.work_entries.find((e: any) => e.id !== wrong.id).correction_period).toBeNull()

      // the three views, both months
      const expected = { [LAST_MONTH]: "144.00", [THIS_MONTH]: "96.00" }
      for (const period of [LAST_MONTH, THIS_MONTH]) {
        const summary = await get(`/coordinator/summary?month=${period}`, coordinator.headers)
        const row = summary.data.artisans.find((a: any) => a.artisan_id === her.artisan.id)
        const desk = await get(`/coordinator/artisans/${her.artisan.id}/earnings/${period}`, coordinator.headers)
        const mine = await get(`/artisan/earnings/${period}`, her.headers)
        expect(desk.status).toBe(200)
        expect([row.net, desk.data.totals.net, mine.data.totals.net]).toEqual([expected[period], expected[period], expected[period]])
        expect(desk.data.entries).toEqual(mine.data.entries)
      }

      // the correction names the line it takes back: date, piece type, quantity, amount, month
      const thisMonth = await get(`/artisan/earnings/${THIS_MONTH}`, her.headers)
      const correction = thisMonth.data.entries.find((l: any) => l.kind === "reversal")
      expect(correction).toMatchObject({
        amount: "-48.00",
        reason: "记错了 / recorded by mistake",
        corrects: {
          kind: "piecework",
          amount: "48.00",
          period: LAST_MONTH,
          work_entry: { id: wrong.id, work_date: `${LAST_MONTH}-18`, quantity: 1, grade: "A", piece_type: { id: pieceType.id } },
        },
      })
      expect(thisMonth.data.entries.filter((l: any) => l.kind !== "reversal").every((l: any) => l.corrects === null)).toBe(true)
      // and the paid month's line says where it was taken back; the others stand
      const paidMonth = await get(`/artisan/earnings/${LAST_MONTH}`, her.headers)
      expect(paidMonth.data.entries.map((l: any) => [l.work_entry.work_date, l.corrected_in]).sort()).toEqual([
        [`${LAST_MONTH}-18`, THIS_MONTH],
        [`${LAST_MONTH}-19`, null],
      ])

      // an open month's entry is reversed at once, in its own month
      const todays = recorded.data.entries[2]
      const sameMonth = await post(`/coordinator/work-entries/${todays.id}/reverse`, { reason: "当天改正" }, coordinator.headers)
      expect(sameMonth.status).toBe(200)
      expect(sameMonth.data.period).toBe(THIS_MONTH)
      const afterSame = await get(`/artisan/earnings/${THIS_MONTH}`, her.headers)
      expect(afterSame.data.entries.find((l: any) => l.work_entry?.id === todays.id).corrected_in).toBe(THIS_MONTH)

      // only her workshop's coordinator reads her month
      expect((await get(`/coordinator/artisans/${her.artisan.id}/earnings/${THIS_MONTH}`, stranger.headers)).status).toBe(404)
      expect((await get(`/coordinator/artisans/${her.artisan.id}/earnings/2026-13`, coordinator.headers)).status).toBe(400)
    })
  },
})
