import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const { lastMonth: LAST_MONTH } = useWorkshopClock()
const DAY_LAST_MONTH = `${LAST_MONTH}-15`

const ACCOUNT = "6222 0202 1234 5678"
const ACCOUNT_MASKED = "**** **** **** 5678"

/**
 * Her payout details: staff set and read them whole on the one admin route that edits them; a bad
 * field is refused naming it and writes nothing; everywhere else (her own payouts, a month's
 * payout list) they are masked and the account never appears whole.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let artisanA: { artisan: any; headers: any; phone: string }
    let artisanB: { artisan: any; headers: any; phone: string }

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const detailsOf = (artisanId: string) => `/admin/artisans/${artisanId}/payout-details`

    /** Last month closed: A and B each have a statement. */
    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      const line = (artisanId: string, quantity: number) => ({ artisan_id: artisanId, piece_type_id: pieceType.id, quantity, grade: "A", work_date: DAY_LAST_MONTH })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(artisanA.artisan.id, 8), line(artisanB.artisan.id, 4)] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `payout-details-setup-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")
    })

    it("lets staff set and read her details whole, refusing a bad field by name without writing anything", async () => {
      const none = await get(detailsOf(artisanA.artisan.id), admin)
      expect(none.status).toBe(200)
      expect(none.data.payout_details).toBeNull()

      for (const [body, field] of [
        [{ method: "paypal", account_name: "陈秀兰", account: ACCOUNT }, "method"],
        [{ method: "bank", account_name: "", account: ACCOUNT }, "account_name"],
        [{ method: "bank", account_name: "陈".repeat(101), account: ACCOUNT }, "account_name"],
        [{ method: "bank", account_name: "陈秀兰", account: "6".repeat(65) }, "account"],
        [{ method: "bank", account_name: "陈秀兰", account: ACCOUNT, bank_name: "银".repeat(101) }, "bank_name"],
        // what each method needs to pay her
        [{ method: "bank", account_name: "陈秀兰", account: ACCOUNT }, "bank_name"],
        [{ method: "wechat", account_name: "陈秀兰" }, "account"],
        [{ method: "alipay", account_name: "陈秀兰", account: null }, "account"],
      ] as const) {
        const res = await post(detailsOf(artisanA.artisan.id), body, admin)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message, JSON.stringify(body)).toMatch(new RegExp(`^(Invalid request: )?${field}: `))
      }
      const unknown = await post(detailsOf(artisanA.artisan.id), { method: "bank", account_name: "陈秀兰", iban: "x" }, admin)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("iban")
      expect((await get(detailsOf(artisanA.artisan.id), admin)).data.payout_details).toBeNull()
      expect((await post(detailsOf("artisan_01NOSUCHARTISAN0000000000"), { method: "cash", account_name: "陈秀兰" }, admin)).status).toBe(404)

      const set = await post(detailsOf(artisanA.artisan.id), { method: "bank", account_name: "陈秀兰", account: ACCOUNT, bank_name: "中国农业银行" }, admin)
      expect(set.status).toBe(200)
      expect(set.data.payout_details).toMatchObject({ artisan_id: artisanA.artisan.id, method: "bank", account_name: "陈秀兰", account: ACCOUNT, bank_name: "中国农业银行" })
      expect(set.headers["cache-control"]).toBe("no-store")

      // one row per artisan: setting again replaces them
      const again = await post(detailsOf(artisanA.artisan.id), { method: "wechat", account_name: "陈秀兰", account: "wxid_chenxiulan88" }, admin)
      expect(again.status).toBe(200)
      const read = await get(detailsOf(artisanA.artisan.id), admin)
      expect(read.data.payout_details).toMatchObject({ method: "wechat", account_name: "陈秀兰", account: "wxid_chenxiulan88", bank_name: null })
      expect(read.headers["cache-control"]).toBe("no-store")
      // B's are her own
      expect((await get(detailsOf(artisanB.artisan.id), admin)).data.payout_details).toBeNull()
    })

    it("shows them masked in her own payouts and in the month's payout list, never the whole account", async () => {
      expect((await get("/artisan/payouts", artisanA.headers)).data.payout_details).toBeNull()
      expect((await post(detailsOf(artisanA.artisan.id), { method: "bank", account_name: "陈秀兰", account: ACCOUNT, bank_name: "中国农业银行" }, admin)).status).toBe(200)

      const hers = await get("/artisan/payouts", artisanA.headers)
      expect(hers.status).toBe(200)
      expect(hers.data.payout_details).toEqual({ method: "bank", account_name: "陈*兰", account: ACCOUNT_MASKED, bank_name: "中国农业银行" })
      expect(JSON.stringify(hers.data)).not.toContain(ACCOUNT)
      expect(JSON.stringify(hers.data)).not.toContain(ACCOUNT.replace(/ /g, ""))
      expect(JSON.stringify(hers.data)).not.toContain("陈秀兰")
      // B sees none of A's
      const bs = await get("/artisan/payouts", artisanB.headers)
      expect(bs.data.payout_details).toBeNull()

      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      expect(month.status).toBe(200)
      expect(month.data.statements.find((s: any) => s.artisan_id === artisanA.artisan.id).payout_details).toEqual({
        method: "bank",
        account_name: "陈*兰",
        account: ACCOUNT_MASKED,
        bank_name: "中国农业银行",
      })
      expect(month.data.statements.find((s: any) => s.artisan_id === artisanB.artisan.id).payout_details).toBeNull()
      expect(JSON.stringify(month.data)).not.toContain(ACCOUNT)
    })
  },
})
