import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const { lastMonth: LAST_MONTH, thisMonth: THIS_MONTH } = useWorkshopClock()
const DAY_LAST_MONTH = `${LAST_MONTH}-15`

const BANK_ACCOUNT = "6222 0202 1234 5678"
const WECHAT_MOBILE = "+8613912345678"

/**
 * The payout run: a closed month's (or every closed month's) statements still owed, grouped by the
 * method of her payout details; one payout file per method (her account in full, only there);
 * the results file imported back, once: a second import pays nothing, a failed line leaves her
 * owed, a line whose amount is no longer what is owed is refused, a bad file writes nothing.
 * And the adjustments list the admin's adjustments screen shows.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let workshopId: string
    let artisanA: { artisan: any }
    let artisanB: { artisan: any }
    let artisanC: { artisan: any }
    let statementA: string
    let statementB: string
    let statementC: string

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const run = (period: string) => get(`/admin/payout-runs?period=${period}`, admin)
    /** A payout file as sent: its bytes read as UTF-8 (the BOM kept), in `data`. */
    const exportOf = async (method: string, period = LAST_MONTH) => {
      const res = await get(`/admin/payout-runs/export?period=${period}&method=${method}`, { ...admin, responseType: "arraybuffer" })
      return { ...res, data: Buffer.from(res.data).toString("utf8") }
    }
    const importResults = (method: string, csv: string) => post("/admin/payout-runs/import", { method, csv }, admin)
    const payoutRows = async (statementId: string) =>
      (await (getContainer().resolve("workshop") as any).listPayouts({ statement_id: statementId })) as { id: string; kind: string; dedupe_key: string }[]
    const statementOf = async (statementId: string) => {
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      return month.data.statements.find((s: any) => s.statement_id === statementId)
    }
    /** The data lines of a payout file, as cells (every cell is quoted and none holds a comma here). */
    const linesOf = (csv: string) =>
      csv
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean)
        .map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")))

    /** Last month closed: A earned 100.00 (paid by WeChat), B 50.00 (bank), C 25.00 (no payout details). */
    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      workshopId = workshop.id
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanC = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      const line = (artisanId: string, quantity: number) => ({ artisan_id: artisanId, piece_type_id: pieceType.id, quantity, grade: "A", work_date: DAY_LAST_MONTH })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(artisanA.artisan.id, 8), line(artisanB.artisan.id, 4), line(artisanC.artisan.id, 2)] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `payout-runs-setup-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      expect((await post(`/admin/artisans/${artisanA.artisan.id}/payout-details`, { method: "wechat", account_name: "陈秀兰", account: WECHAT_MOBILE }, admin)).status).toBe(200)
      expect(
        (await post(`/admin/artisans/${artisanB.artisan.id}/payout-details`, { method: "bank", account_name: "李梅", account: BANK_ACCOUNT, bank_name: "中国农业银行肇庆分行" }, admin)).status
      ).toBe(200)
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      const idOf = (artisanId: string) => month.data.statements.find((s: any) => s.artisan_id === artisanId).statement_id
      statementA = idOf(artisanA.artisan.id)
      statementB = idOf(artisanB.artisan.id)
      statementC = idOf(artisanC.artisan.id)
    })

    it("groups a closed month's statements still owed by method, with counts and totals, details masked", async () => {
      const month = await run(LAST_MONTH)
      expect(month.status).toBe(200)
      expect(month.data.scope).toBe(LAST_MONTH)
      const group = (method: string) => month.data.groups.find((g: any) => g.method === method)
      expect(month.data.groups.map((g: any) => g.method)).toEqual(["wechat", "bank", "none"])
      expect(group("wechat")).toMatchObject({ count: 1, total: "100.00" })
      expect(group("wechat").statements[0]).toMatchObject({ statement_id: statementA, artisan_id: artisanA.artisan.id, period: LAST_MONTH, owed: "100.00" })
      expect(group("wechat").statements[0].payout_details).toEqual({ method: "wechat", account_name: "陈*兰", account: `${"*".repeat(WECHAT_MOBILE.length - 4)}5678`, bank_name: null })
      expect(group("bank")).toMatchObject({ count: 1, total: "50.00" })
      expect(group("bank").statements[0].payout_details.account).toBe("**** **** **** 5678")
      expect(group("none")).toMatchObject({ count: 1, total: "25.00" })
      expect(group("none").statements[0]).toMatchObject({ statement_id: statementC, payout_details: null })
      expect(month.data.totals).toEqual({ count: 3, owed: "175.00" })
      expect(JSON.stringify(month.data)).not.toContain(BANK_ACCOUNT)
      expect(JSON.stringify(month.data)).not.toContain("13912345678")

      // paying part of B leaves the rest in the run; paid in full she is gone from it
      const part = await post(`/admin/statements/${statementB}/payouts`, { method: "bank", amount: 20 }, { headers: { ...admin.headers, "idempotency-key": `run-part-${uniqueSuffix()}` } })
      expect(part.status).toBe(201)
      expect((await run(LAST_MONTH)).data.groups.find((g: any) => g.method === "bank")).toMatchObject({ count: 1, total: "30.00" })
      const rest = await post(`/admin/statements/${statementB}/payouts`, { method: "bank", amount: 30 }, { headers: { ...admin.headers, "idempotency-key": `run-rest-${uniqueSuffix()}` } })
      expect(rest.status).toBe(201)
      const after = await run(LAST_MONTH)
      expect(after.data.groups.map((g: any) => g.method)).toEqual(["wechat", "none"])
      expect(after.data.totals).toEqual({ count: 2, owed: "125.00" })

      // everything owed: every closed month's statements with something owed
      const owed = await run("owed")
      expect(owed.status).toBe(200)
      expect(owed.data.months).toContain(LAST_MONTH)
      const owedIds = owed.data.groups.flatMap((g: any) => g.statements.map((s: any) => s.statement_id))
      expect(owedIds).toEqual(expect.arrayContaining([statementA, statementC]))
      expect(owedIds).not.toContain(statementB)

      // a month that isn't closed, or no month at all, is refused naming the field
      for (const period of [THIS_MONTH, "2026-13", "all"]) {
        const refused = await run(period)
        expect(refused.status, period).toBe(400)
        expect(refused.data.message, period).toMatch(/^(Invalid request: )?period: /)
      }
      expect((await get("/admin/payout-runs", admin)).status).toBe(400)
    })

    it("exports one file per method: BOM, its header, the account in full only there, amounts in yuan, never cached", async () => {
      const bank = await exportOf("bank")
      expect(bank.status).toBe(200)
      expect(bank.headers["content-type"]).toMatch(/^text\/csv/)
      expect(bank.headers["cache-control"]).toBe("no-store")
      expect(bank.headers["content-disposition"]).toContain(`jinxiu-payouts-${LAST_MONTH}-bank.csv`)
      expect(bank.data.startsWith("\uFEFF")).toBe(true)
      const [bankHeader, ...bankLines] = linesOf(bank.data)
      expect(bankHeader).toEqual(["line_key", "户名 account_name", "开户行 bank_name", "账号 account", "金额 amount", "用途 purpose"])
      expect(bankLines).toHaveLength(1)
      expect(bankLines[0][0]).toMatch(new RegExp(`^${statementB}\\.5000\\.0\\.[0-9a-f]{10}$`))
      expect(bankLines[0].slice(1)).toEqual(["李梅", "中国农业银行肇庆分行", BANK_ACCOUNT, "50.00", `锦绣工钱 ${LAST_MONTH}`])
      expect(bank.data).not.toContain("*")

      const wechat = await exportOf("wechat")
      expect(wechat.headers["cache-control"]).toBe("no-store")
      const [wechatHeader, ...wechatLines] = linesOf(wechat.data)
      expect(wechatHeader).toEqual(["line_key", "姓名 name", "微信账户 account", "金额 amount", "备注 memo"])
      // her WeChat account is her mobile: written as its 11 digits
      expect(wechatLines.map((l) => l.slice(1))).toEqual([["陈秀兰", "13912345678", "100.00", `锦绣工钱 ${LAST_MONTH}`]])
      expect(wechat.data).not.toContain("*")

      // nobody is paid in cash: a file with its header only
      const cash = await exportOf("cash")
      expect(cash.status).toBe(200)
      expect(linesOf(cash.data)).toEqual([["line_key", "姓名 name", "手机 phone", "工坊 workshop", "金额 amount", "签收 signature"]])

      // refused naming the field
      for (const query of [`period=${LAST_MONTH}&method=paypal`, `period=${LAST_MONTH}`, `period=${THIS_MONTH}&method=bank`, `period=${LAST_MONTH}&method=bank&x=1`]) {
        const refused = await get(`/admin/payout-runs/export?${query}`, admin)
        expect(refused.status, query).toBe(400)
      }
    })

    it("records the payouts of a results file, and importing it again pays nothing twice", async () => {
      const [, wechatLine] = linesOf((await exportOf("wechat")).data)
      const [, bankLine] = linesOf((await exportOf("bank")).data)
      const wechatResults = `line_key,status,reference,reason\r\n${wechatLine[0]},成功,WX-20260601-1,\r\n`
      const first = await importResults("wechat", wechatResults)
      expect(first.status).toBe(200)
      expect(first.data.counts).toEqual({ recorded: 1, failed: 0, replayed: 0, refused: 0 })
      expect(first.data.lines[0]).toMatchObject({ line: 2, line_key: wechatLine[0], statement_id: statementA, amount: "100.00", status: "paid", result: "recorded" })
      const paidA = await statementOf(statementA)
      expect(paidA).toMatchObject({ state: "paid", paid: "100.00", owed: "0.00" })
      expect(paidA.payouts[0]).toMatchObject({ method: "wechat", amount: "100.00", reference: "WX-20260601-1", status: "sent" })
      expect(await payoutRows(statementA)).toHaveLength(1)

      const second = await importResults("wechat", wechatResults)
      expect(second.status).toBe(200)
      expect(second.data.counts).toEqual({ recorded: 0, failed: 0, replayed: 1, refused: 0 })
      expect(second.data.lines[0]).toMatchObject({ result: "replayed", payout_id: first.data.lines[0].payout_id })
      expect(await payoutRows(statementA)).toHaveLength(1)
      expect(await statementOf(statementA)).toMatchObject({ paid: "100.00", owed: "0.00" })

      // the bank's own results file: its payout file with the results added, quoted, in another column order
      const bankResults = `"账号 account","line_key","状态 status","流水号"\r\n"${BANK_ACCOUNT}","${bankLine[0]}","success","B-77"\r\n`
      const bank = await importResults("bank", bankResults)
      expect(bank.data.counts).toEqual({ recorded: 1, failed: 0, replayed: 0, refused: 0 })
      expect(await statementOf(statementB)).toMatchObject({ state: "paid", owed: "0.00" })
      expect((await importResults("bank", bankResults)).data.counts.replayed).toBe(1)
      expect(await payoutRows(statementB)).toHaveLength(1)

      // the month now owes only C (no details)
      expect((await run(LAST_MONTH)).data.groups.map((g: any) => g.method)).toEqual(["none"])
    })

    it("records a failed line as a payout that failed: she is still owed, and the next export has a new key", async () => {
      const [, bankLine] = linesOf((await exportOf("bank")).data)
      const results = `line_key,status,reference,reason\n${bankLine[0]},失败,B-1,账户已冻结\n`
      const first = await importResults("bank", results)
      expect(first.status).toBe(200)
      expect(first.data.counts).toEqual({ recorded: 0, failed: 1, replayed: 0, refused: 0 })
      const b = await statementOf(statementB)
      expect(b).toMatchObject({ state: "unpaid", paid: "0.00", owed: "50.00" })
      expect(b.payouts).toHaveLength(1)
      expect(b.payouts[0]).toMatchObject({ status: "failed", amount: "50.00", reference: "B-1" })
      expect(b.payouts[0].failure).toMatchObject({ reason: "账户已冻结" })
      expect((await payoutRows(statementB)).map((p) => p.kind).sort()).toEqual(["failed", "sent"])

      // again: nothing new
      expect((await importResults("bank", results)).data.counts).toEqual({ recorded: 0, failed: 0, replayed: 1, refused: 0 })
      expect(await payoutRows(statementB)).toHaveLength(2)
      // the same line now said paid is refused: that payout failed
      const paidNow = await importResults("bank", `line_key,status\n${bankLine[0]},paid\n`)
      expect(paidNow.data.lines[0]).toMatchObject({ result: "refused", refusal: { field: "status" } })
      expect(paidNow.data.lines[0].refusal.message).toMatch(/^status: 第 2 行/)
      expect(await payoutRows(statementB)).toHaveLength(2)

      // she is in the next run again, under a new key, which pays her
      const [, again] = linesOf((await exportOf("bank")).data)
      expect(again[0]).not.toBe(bankLine[0])
      expect(again[0]).toMatch(new RegExp(`^${statementB}\\.5000\\.2\\.`))
      expect((await importResults("bank", `line_key,status\n${again[0]},paid\n`)).data.counts.recorded).toBe(1)
      expect(await statementOf(statementB)).toMatchObject({ state: "paid", owed: "0.00" })
    })

    it("refuses a line whose amount is no longer what is owed, and pays the others", async () => {
      // C is paid by WeChat too
      expect((await post(`/admin/artisans/${artisanC.artisan.id}/payout-details`, { method: "wechat", account_name: "王芳", account: "wxid_wangfang" }, admin)).status).toBe(200)
      const [, lineA, lineC] = linesOf((await exportOf("wechat")).data)
      expect([lineA[1], lineC[1]]).toEqual(["陈秀兰", "王芳"])
      // A paid in part by hand after the export
      const part = await post(`/admin/statements/${statementA}/payouts`, { method: "wechat", amount: 30 }, { headers: { ...admin.headers, "idempotency-key": `run-hand-${uniqueSuffix()}` } })
      expect(part.status).toBe(201)
      const res = await importResults("wechat", `line_key,status,reference\n${lineA[0]},paid,WX-9\n${lineC[0]},paid,WX-10\n`)
      expect(res.status).toBe(200)
      expect(res.data.counts).toEqual({ recorded: 1, failed: 0, replayed: 0, refused: 1 })
      expect(res.data.lines[1]).toMatchObject({ line: 3, statement_id: statementC, result: "recorded" })
      expect(await statementOf(statementC)).toMatchObject({ state: "paid", owed: "0.00" })
      expect(res.data.lines[0]).toMatchObject({ line: 2, result: "refused", payout_id: null, refusal: { field: "amount" } })
      expect(res.data.lines[0].refusal.message).toMatch(/^amount: 第 2 行.*70\.00.* \/ line 2: 70\.00 is owed/)
      expect(await payoutRows(statementA)).toHaveLength(1)
      expect(await statementOf(statementA)).toMatchObject({ paid: "30.00", owed: "70.00" })
    })

    it("refuses a file it can't read whole, naming the field and the line, and writes nothing", async () => {
      const [, wechatLine] = linesOf((await exportOf("wechat")).data)
      const [, bankLine] = linesOf((await exportOf("bank")).data)
      const good = `${wechatLine[0]},paid`
      const cases: [string, string, string, number][] = [
        ["wechat", `key,status\n${good}\n`, "line_key", 1],
        ["wechat", `line_key,reference\n${wechatLine[0]},WX\n`, "status", 1],
        ["wechat", `line_key,status\n${good}\n${wechatLine[0].replace(/\.\d+\./, ".1.")},paid\n`, "line_key", 3],
        ["wechat", `line_key,status\n${good}\n${bankLine[0]},paid\n`, "line_key", 3],
        ["wechat", `line_key,status\n${good}\nx,maybe\n`, "line_key", 3],
        ["bank", `line_key,status\n${bankLine[0]},failed\n`, "reason", 2],
        ["wechat", `line_key,status\n${good}\n\uFFFD\uFFFD,paid\n`, "csv", 3],
        ["wechat", `line_key,status\n"${good}\n`, "csv", 2],
        ["wechat", `line_key,status\n`, "csv", 1],
      ]
      for (const [method, csv, field, line] of cases) {
        const res = await importResults(method, csv)
        expect(res.status, JSON.stringify(csv)).toBe(400)
        expect(res.data, JSON.stringify(csv)).toMatchObject({ field, line })
        expect(res.data.message, JSON.stringify(csv)).toMatch(new RegExp(`^${field}: 第 ${line} 行.* / line ${line}: `))
      }
      // a NUL never reaches the route: the backend refuses it for every route, naming the field
      const nul = await importResults("wechat", `line_key,status\n${good}\u0000\n`)
      expect(nul.status).toBe(400)
      expect(nul.data.field).toBe("body.csv")
      for (const [body, field] of [
        [{ method: "paypal", csv: `line_key,status\n${good}\n` }, "method"],
        [{ method: "wechat" }, "csv"],
        [{ method: "wechat", csv: `line_key,status\n${good}\n`, paid_on: "2099-01-01" }, "paid_on"],
        [{ method: "wechat", csv: `line_key,status\n${good}\n`, extra: 1 }, "extra"],
      ] as const) {
        const res = await post("/admin/payout-runs/import", body, admin)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message, JSON.stringify(body)).toContain(field)
      }
      expect(await payoutRows(statementA)).toHaveLength(0)
      expect(await payoutRows(statementB)).toHaveLength(0)
    })

    it("lists bonuses and deductions newest first, by workshop and month; a double click posts once", async () => {
      const key = `adjust-${uniqueSuffix()}`
      const bonus = { artisan_id: artisanA.artisan.id, kind: "bonus", amount: "88.50", reason: "绣品获奖", period: THIS_MONTH }
      const headers = { headers: { ...admin.headers, "idempotency-key": key } }
      expect((await post("/admin/adjustments", bonus, headers)).status).toBe(201)
      expect((await post("/admin/adjustments", bonus, headers)).status).toBe(200)
      const deduction = { artisan_id: artisanB.artisan.id, kind: "deduction", amount: 12, reason: "返工", period: THIS_MONTH }
      expect((await post("/admin/adjustments", deduction, { headers: { ...admin.headers, "idempotency-key": `adjust-${uniqueSuffix()}` } })).status).toBe(201)
      // a closed month takes none
      expect((await post("/admin/adjustments", { ...deduction, period: LAST_MONTH }, admin)).status).toBe(400)

      const list = await get(`/admin/adjustments?workshop_id=${workshopId}`, admin)
      expect(list.status).toBe(200)
      expect(list.data.adjustments.map((a: any) => [a.artisan_id, a.kind, a.amount, a.reason, a.period])).toEqual([
        [artisanB.artisan.id, "deduction", "12.00", "返工", THIS_MONTH],
        [artisanA.artisan.id, "bonus", "88.50", "绣品获奖", THIS_MONTH],
      ])
      expect(list.data.adjustments[0]).toMatchObject({ display_name: artisanB.artisan.display_name, workshop_id: workshopId })
      expect((await get(`/admin/adjustments?period=${LAST_MONTH}&workshop_id=${workshopId}`, admin)).data.adjustments).toEqual([])
      expect((await get(`/admin/adjustments?workshop_id=${workshopId}&limit=1`, admin)).data.adjustments).toHaveLength(1)
      expect((await get(`/admin/adjustments?workshop_id=${workshopId}&limit=1&offset=1`, admin)).data.adjustments[0].kind).toBe("bonus")
      for (const query of ["period=2026-13", "limit=0", "workshop_id=bad%20id", "x=1"]) {
        const refused = await get(`/admin/adjustments?${query}`, admin)
        expect(refused.status, query).toBe(400)
      }
    })
  },
})
