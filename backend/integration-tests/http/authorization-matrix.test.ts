import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  adminHeaders,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  customerHeaders,
  publishableKeyHeaders,
  uniqueMobile,
} from "../helpers"
import { lineKeyOf } from "@jinxiu/workshop/api/admin/payout-runs/payout-file"
import { useWorkshopClock } from "../helpers/clock"
import { discoverRoutes, PLUGIN_BUILD_TREE, PLUGIN_SOURCE_TREE, routeKey } from "../helpers/route-tree"

/**
 * Every custom route against every kind of caller. The routes come from the route trees (the
 * plugin's built `api` folder the app serves, its sources, and the backend's `src/api`); the
 * table says what each caller must get from each of them, and a route without a row fails.
 * Callers run in the order of CALLERS, so a row's one allowed writer comes last where a write
 * changes state.
 */
const CALLERS = ["anonymous", "customer", "artisanA", "artisanB", "coordinatorY", "admin", "coordinatorX"] as const
type Caller = (typeof CALLERS)[number]
type Expect = Record<Caller, number>

const { today, thisMonth: THIS_MONTH, lastMonth: LAST_MONTH } = useWorkshopClock()

/** The same status for everyone but the listed callers. */
const only = (allowed: Partial<Expect>, others: number): Expect =>
  Object.fromEntries(CALLERS.map((c) => [c, allowed[c] ?? others])) as Expect

type Row = {
  method: "get" | "post" | "delete"
  /** the route as the tree names it, `/admin/artisans/:id` */
  route: string
  /** a value, or how to find it when the table's earlier rows create the record */
  params?: Record<string, string | (() => Promise<string>)>
  query?: string
  body?: () => unknown
  headers?: () => Record<string, string>
  expect: Expect
  /** sent with the shop's publishable key */
  store?: boolean
}

/** The row's URL: its route with the params filled in, and its query. */
async function urlOf(row: Row): Promise<string> {
  let filled = row.route
  for (const [, name] of row.route.matchAll(/:(\w+)/g)) {
    const param = row.params?.[name]
    if (param === undefined) throw new Error(`${row.method.toUpperCase()} ${row.route}: no value for :${name}`)
    const value = typeof param === "function" ? await param() : param
    filled = filled.replace(`:${name}`, encodeURIComponent(value))
  }
  return row.query ? `${filled}?${row.query}` : filled
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("finds the custom routes in the route trees", () => {
      const found = discoverRoutes().map((r) => routeKey(r.method, r.path))
      // known routes of each tree and method, so a walker that finds nothing can't pass
      expect(found).toEqual(
        expect.arrayContaining([
          "GET /admin/artisans/:id",
          "POST /admin/artisans/:id/reset-password",
          "POST /coordinator/work-entries",
          "GET /coordinator/work-entries",
          "POST /coordinator/work-entries/:id/reverse",
          "GET /artisan/earnings/:period",
          "GET /store/workshops/:handle",
        ])
      )
      expect(found.some((key) => key.includes(" /auth"))).toBe(false)
      // every route written in the plugin's sources is in the build the app serves
      const built = new Set(discoverRoutes([PLUGIN_BUILD_TREE]).map((r) => routeKey(r.method, r.path)))
      const unbuilt = discoverRoutes([PLUGIN_SOURCE_TREE])
        .map((r) => routeKey(r.method, r.path))
        .filter((key) => !built.has(key))
      expect(unbuilt, "routes in plugins/workshop/src/api missing from its build: rebuild the plugin").toEqual([])
    })

    it("every custom route has a row, and answers every caller as its row says", async () => {
      const container = getContainer()
      const workshopX = await createWorkshop(container)
      const workshopY = await createWorkshop(container)
      const coordinatorX = await createCoordinator(api, container, { workshopIds: [workshopX.id] })
      const coordinatorY = await createCoordinator(api, container, { workshopIds: [workshopY.id] })
      const artisanA = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01", public_profile: true })
      const artisanB = await createArtisan(api, container, { workshopId: workshopY.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshopX.id })
      const admin = await adminHeaders(container)
      const customer = await customerHeaders(api, container)
      const storeKey = await publishableKeyHeaders(container)
      const product = await container.resolve(Modules.PRODUCT).createProducts({ title: "莲花书签" })
      const order = (await container.resolve(Modules.ORDER).createOrders({ currency_code: "cny", email: "matrix@jinxiu.test", items: [] } as any)) as unknown as { id: string }

      // an entry of artisan A (workshop X) to reverse, and money in last month to close
      const recorded = await api.post(
        "/coordinator/work-entries",
        {
          lines: [
            { artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 2, grade: "A", work_date: today },
            { artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 1, grade: "A", work_date: `${LAST_MONTH}-10` },
          ],
        },
        { headers: { ...coordinatorX.headers.headers, "idempotency-key": "matrix-setup-batch" } }
      )
      const entryId = recorded.data.entries[0].id
      // artisan A's questions about this month: one for her coordinator to answer, one for the staff
      const askAsA = (key: string) =>
        api.post("/artisan/questions", { period: THIS_MONTH, reason: "missing_work" }, { headers: { ...artisanA.headers.headers, "idempotency-key": key } })
      const questionForDesk: string = (await askAsA("matrix-question-desk")).data.question.id
      const questionForAdmin: string = (await askAsA("matrix-question-admin")).data.question.id
      const lineOfA: string = (await api.get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)).data.entries[0].id
      // a mama-post opening of workshop X and applications to it: one to look up by its status
      // link, one for the staff and one for the desk to move, one each to hire (contacted first)
      const programme = container.resolve("workshop") as any
      const openingFields = {
        title_zh: "扇面绣娘", title_en: "Fan-face embroiderer", piece_type_ids: [pieceType.id], place: "home",
        district_zh: "端州区", district_en: "Duanzhou", hours_zh: "上学时间", hours_en: "School hours", positions: 2,
      }
      const openingX = await programme.createOpenings({ workshop_id: workshopX.id, ...openingFields })
      const applyToX = () =>
        programme.applyToOpening({ opening_id: openingX.id, name: "陈秀兰", phone: uniqueMobile(), town: "睦岗镇", availability: "上午", childcare_needs: null, consent: true, locale: "zh-CN", address: "matrix" })
      const [statusLink, toMoveByAdmin, toMoveByDesk, toHireByAdmin, toHireByDesk] = [await applyToX(), await applyToX(), await applyToX(), await applyToX(), await applyToX()]
      for (const a of [toHireByAdmin, toHireByDesk]) await programme.moveApplication({ application_id: a.application_id, to: "contacted", note: null, actor_id: "matrix" })

      const headersOf: Record<Caller, Record<string, string>> = {
        anonymous: {},
        customer: customer.headers,
        artisanA: artisanA.headers.headers,
        artisanB: artisanB.headers.headers,
        coordinatorY: coordinatorY.headers.headers,
        admin: admin.headers,
        coordinatorX: coordinatorX.headers.headers,
      }
      let batchNo = 0
      // artisan A's statement of last month and her payout exist once the rows closing the month
      // and paying her have run
      const workshopService = container.resolve("workshop") as any
      const statementOfA = async () => (await workshopService.listStatements({ artisan_id: artisanA.artisan.id, period: LAST_MONTH }))[0].id as string
      const payoutOfA = async () => (await workshopService.listPayouts({ artisan_id: artisanA.artisan.id, kind: "sent" }))[0].id as string
      const workLine = () => ({ artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 1, grade: "A", work_date: today })
      // training and awards (issue 12): a skill, a session of workshop X today, two awards
      await workshopService.createSkills({ code: "matrix_couching", name_zh: "盘金", name_en: "Couching" })
      const sessionFields = { topic_zh: "盘金基础", topic_en: "Couching basics", skill_code: "matrix_couching", date: today, place_zh: "端州", place_en: "Duanzhou", trainer: "梁", capacity: 30 }
      const trainingSession = await workshopService.createTrainingSessions({ ...sessionFields, workshop_id: workshopX.id })
      const awardFields = { contest_zh: "广东省妇女手工技能大赛", contest_en: "Guangdong women's handicraft contest", year: 2023, level: "bronze", subject_type: "workshop", subject_id: workshopX.id }
      const awardToEdit = await workshopService.createAwards(awardFields)
      const awardToDelete = await workshopService.createAwards(awardFields)
      // places booked at two more sessions of workshop X, one to be cancelled by the staff, one on the desk
      const bookA = async () => {
        const session = await workshopService.createTrainingSessions({ ...sessionFields, workshop_id: workshopX.id })
        const booked = await workshopService.registerForTraining({
          session_id: session.id, artisan_ids: [artisanA.artisan.id], application_ids: [], registered_by: "matrix", today,
        })
        return { session_id: session.id as string, registration_id: booked.registrations[0].id as string }
      }
      const bookedForStaff = await bookA()
      const bookedForDesk = await bookA()

      const rows: Row[] = [
        // the shop (publishable key sent by everyone; identity doesn't matter)
        { method: "get", route: "/store/workshops", store: true, expect: only({}, 200) },
        { method: "get", route: "/store/workshops/:handle", params: { handle: workshopX.handle }, store: true, expect: only({}, 200) },
        { method: "get", route: "/store/makers/:id", params: { id: artisanA.artisan.id }, store: true, expect: only({}, 200) },
        { method: "get", route: "/store/makers/:id", params: { id: artisanB.artisan.id }, store: true, expect: only({}, 404) },
        { method: "get", route: "/store/products/:id/makers", params: { id: product.id }, store: true, expect: only({}, 200) },
        { method: "get", route: "/store/impact", store: true, expect: only({}, 200) },
        { method: "get", route: "/store/product-search", query: "q=%E8%8E%B2%E8%8A%B1", store: true, expect: only({}, 200) },
        // without the shop's key (a customer's session carries it): which sales channel's products is not known
        { method: "get", route: "/store/product-search", query: "q=fan", expect: only({ customer: 200 }, 400) },
        { method: "get", route: "/store/awards", query: `subject_type=workshop&subject_id=${workshopX.id}`, store: true, expect: only({}, 200) },
        { method: "get", route: "/store/orders/:id/makers", params: { id: order.id }, store: true, expect: only({}, 200) },
        { method: "get", route: "/store/orders/:id/makers", params: { id: "order_01MATRIXNOSUCHORDER0000000" }, store: true, expect: only({}, 404) },
        // without the shop's key (a customer's session carries it)
        { method: "get", route: "/store/impact", expect: only({ customer: 200 }, 400) },
        // mama-post openings: anyone applies without an account; a status link shows its one application
        { method: "get", route: "/store/openings", store: true, expect: only({}, 200) },
        { method: "get", route: "/store/openings/:id", params: { id: openingX.id }, store: true, expect: only({}, 200) },
        {
          method: "post",
          route: "/store/openings/:id/applications",
          params: { id: openingX.id },
          store: true,
          body: () => ({ name: "黄美玲", phone: uniqueMobile(), town: "睦岗镇", availability: "下午", consent: true }),
          expect: only({}, 201),
        },
        { method: "get", route: "/store/applications/:token", params: { token: statusLink.token }, store: true, expect: only({}, 200) },
        { method: "get", route: "/store/applications/:token", params: { token: "A".repeat(43) }, store: true, expect: only({}, 404) },

        // programme staff only
        { method: "get", route: "/admin/workshops", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/workshops", body: () => ({ handle: `matrix-${++batchNo}`, name_zh: "新工坊", name_en: "New workshop", city_zh: "肇庆", city_en: "Zhaoqing" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/workshops/:id", params: { id: workshopX.id }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/workshops/:id", params: { id: workshopX.id }, body: () => ({ story_en: "Updated story" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/artisans", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/artisans", body: () => ({ workshop_id: workshopX.id, display_name: "新绣娘", legal_name: "新某", phone: `1390000${String(1000 + ++batchNo)}`, joined_on: "2025-01-01", password: "matrix-password" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/artisans/:id", params: { id: artisanA.artisan.id }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/artisans/:id", params: { id: artisanA.artisan.id }, body: () => ({ monthly_goal: 3200 }), expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/artisans/:id/reset-password", params: { id: artisanA.artisan.id }, expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/artisans/:id/payout-details", params: { id: artisanA.artisan.id }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/artisans/:id/payout-details", params: { id: artisanA.artisan.id }, body: () => ({ method: "wechat", account_name: "陈秀兰", account: "wxid_matrix01" }), expect: only({ admin: 200 }, 401) },
        // an advance to B (A's statement must keep what she earned, for the payout rows below)
        { method: "get", route: "/admin/artisans/:id/advances", params: { id: artisanB.artisan.id }, expect: only({ admin: 200 }, 401) },
        {
          method: "post",
          route: "/admin/artisans/:id/advances",
          params: { id: artisanB.artisan.id },
          body: () => ({ method: "cash", amount: "20.00", reason: "matrix" }),
          headers: () => ({ "idempotency-key": `matrix-advance-${++batchNo}` }),
          expect: only({ admin: 201 }, 401),
        },
        { method: "get", route: "/admin/coordinators", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/coordinators", body: () => ({ email: `matrix-${++batchNo}@jinxiu.test`, name: "新协调员", password: "matrix-password", workshop_ids: [workshopX.id] }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/coordinators/:id", params: { id: coordinatorX.coordinator.id }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/coordinators/:id", params: { id: coordinatorX.coordinator.id }, body: () => ({ name: "协调员X" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/piece-types", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/piece-types", body: () => ({ workshop_id: workshopX.id, code: `MATRIX-${++batchNo}`, name_zh: "盘金边", name_en: "Couched border" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/piece-types/:id", params: { id: pieceType.id }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/piece-types/:id", params: { id: pieceType.id }, body: () => ({ name_en: "Fan face" }), expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/piece-types/:id/rates", params: { id: pieceType.id }, body: () => ({ effective_from: "2030-01-15", rate_a: 15, rate_b: 10 }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/skills", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/skills", body: () => ({ code: `matrix_skill_${++batchNo}`, name_zh: "打籽", name_en: "Seed stitch" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/training-sessions", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/training-sessions", body: () => ({ ...sessionFields, village_zh: "石狗镇", village_en: "Shigou" }), expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/training-sessions/:id", params: { id: trainingSession.id }, body: () => ({ trainer: "陈" }), expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/training-sessions/:id/registrations", params: { id: trainingSession.id }, body: () => ({ artisan_ids: [artisanB.artisan.id] }), expect: only({ admin: 201 }, 401) },
        {
          method: "delete",
          route: "/admin/training-sessions/:id/registrations/:registration_id",
          params: { id: bookedForStaff.session_id, registration_id: bookedForStaff.registration_id },
          expect: only({ admin: 200 }, 401),
        },
        { method: "get", route: "/admin/awards", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/awards", body: () => awardFields, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/awards/:id", params: { id: awardToEdit.id }, body: () => ({ level: "silver" }), expect: only({ admin: 200 }, 401) },
        { method: "delete", route: "/admin/awards/:id", params: { id: awardToDelete.id }, expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/periods", expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/periods/:period/preview", params: { period: LAST_MONTH }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/periods/:period/close", params: { period: LAST_MONTH }, expect: only({ admin: 200 }, 401) },
        // a part of A's statement paid (each caller with a key of her own), then failed once, then the rest by the month's shortcut
        {
          method: "post",
          route: "/admin/statements/:id/payouts",
          params: { id: statementOfA },
          body: () => ({ method: "wechat", amount: 1, reference: "MATRIX-WX" }),
          headers: () => ({ "idempotency-key": `matrix-payout-${++batchNo}` }),
          expect: only({ admin: 201 }, 401),
        },
        { method: "post", route: "/admin/payouts/:id/fail", params: { id: payoutOfA }, body: () => ({ reason: "matrix" }), expect: only({ admin: 201 }, 401) },
        { method: "get", route: "/admin/periods/:period/payouts", params: { period: LAST_MONTH }, expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/payout-runs", query: `period=${LAST_MONTH}`, expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/payout-runs/export", query: "period=owed&method=bank", expect: only({ admin: 200 }, 401) },
        // a results file whose one line names no statement: read, and that line refused
        {
          method: "post",
          route: "/admin/payout-runs/import",
          body: () => ({ method: "wechat", csv: `line_key,status\n${lineKeyOf({ statement_id: "stmt_01MATRIXNOSUCHSTATEMENT0000", owed: "1", attempt: 0 }, "wechat")},paid\n` }),
          expect: only({ admin: 200 }, 401),
        },
        { method: "get", route: "/admin/adjustments", query: `workshop_id=${workshopX.id}`, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/periods/:period/pay", params: { period: LAST_MONTH }, body: () => ({ payment_reference: "MATRIX-PAY" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/periods/:period/statements", params: { period: LAST_MONTH }, expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/statements/:id/slip", params: { id: statementOfA }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/adjustments", body: () => ({ artisan_id: artisanA.artisan.id, kind: "bonus", amount: 10, reason: "matrix" }), expect: only({ admin: 201 }, 401) },
        { method: "get", route: "/admin/questions", query: `period=${THIS_MONTH}`, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/questions/:id/resolve", params: { id: questionForAdmin }, body: () => ({ resolution: "answer", note: "matrix" }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/products/:id/makers", params: { id: product.id }, expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/products/:id/makers", params: { id: product.id }, body: () => ({ share_percent: 20, makers: [{ artisan_id: artisanA.artisan.id, weight: 1 }] }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/workshop-summary", query: `month=${THIS_MONTH}`, expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/openings", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/openings", body: () => ({ workshop_id: workshopX.id, ...openingFields }), expect: only({ admin: 201 }, 401) },
        { method: "post", route: "/admin/openings/:id", params: { id: openingX.id }, body: () => ({ positions: 3 }), expect: only({ admin: 200 }, 401) },
        { method: "get", route: "/admin/applications", expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/applications/:id/move", params: { id: toMoveByAdmin.application_id }, body: () => ({ status: "contacted" }), expect: only({ admin: 200 }, 401) },
        { method: "post", route: "/admin/applications/:id/hire", params: { id: toHireByAdmin.application_id }, expect: only({ admin: 201 }, 401) },

        // coordinators: only their own workshops
        { method: "get", route: "/coordinator/me", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/artisans", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/artisans/:id", params: { id: artisanA.artisan.id }, expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "get", route: "/coordinator/artisans/:id/earnings/:period", params: { id: artisanA.artisan.id, period: THIS_MONTH }, expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "get", route: "/coordinator/artisans/:id/earnings/:period", params: { id: artisanB.artisan.id, period: THIS_MONTH }, expect: only({ coordinatorY: 200, coordinatorX: 404 }, 401) },
        { method: "post", route: "/coordinator/artisans/:id/reset-password", params: { id: artisanA.artisan.id }, expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "post", route: "/coordinator/artisans/:id/reset-password", params: { id: artisanB.artisan.id }, expect: only({ coordinatorY: 200, coordinatorX: 404 }, 401) },
        { method: "get", route: "/coordinator/piece-types", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/work-entries", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        {
          method: "post",
          route: "/coordinator/work-entries",
          body: () => ({ lines: [workLine()] }),
          headers: () => ({ "idempotency-key": `matrix-batch-${++batchNo}` }),
          expect: only({ coordinatorX: 201, coordinatorY: 404 }, 401),
        },
        { method: "post", route: "/coordinator/work-entries/:id/reverse", params: { id: entryId }, body: () => ({ reason: "matrix" }), expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "get", route: "/coordinator/summary", query: `month=${THIS_MONTH}`, expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/day-summary", query: `date=${today}`, expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/notices", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "post", route: "/coordinator/notices/read", body: () => ({}), expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/questions", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "post", route: "/coordinator/questions/:id/resolve", params: { id: questionForDesk }, body: () => ({ resolution: "answer", note: "matrix" }), expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "get", route: "/coordinator/statements", query: `period=${LAST_MONTH}`, expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", route: "/coordinator/statements/:id/slip", params: { id: statementOfA }, expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        // applications to her workshops' openings only
        { method: "get", route: "/coordinator/applications", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "post", route: "/coordinator/applications/:id/move", params: { id: toMoveByDesk.application_id }, body: () => ({ status: "contacted" }), expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "post", route: "/coordinator/applications/:id/hire", params: { id: toHireByDesk.application_id }, expect: only({ coordinatorX: 201, coordinatorY: 404 }, 401) },
        { method: "get", route: "/coordinator/training-sessions", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        // a session of workshop X: X's coordinator takes A's attendance, Y's doesn't find it
        {
          method: "post",
          route: "/coordinator/training-sessions/:id/attendance",
          params: { id: trainingSession.id },
          body: () => ({ artisan_ids: [artisanA.artisan.id] }),
          headers: () => ({ "idempotency-key": `matrix-attendance-${++batchNo}` }),
          expect: only({ coordinatorX: 201, coordinatorY: 404 }, 401),
        },
        // places at a session of workshop X: X's coordinator books and cancels her women, Y's finds nothing
        {
          method: "post",
          route: "/coordinator/training-sessions/:id/registrations",
          params: { id: trainingSession.id },
          body: () => ({ artisan_ids: [artisanA.artisan.id] }),
          expect: only({ coordinatorX: 201, coordinatorY: 404 }, 401),
        },
        {
          method: "delete",
          route: "/coordinator/training-sessions/:id/registrations/:registration_id",
          params: { id: bookedForDesk.session_id, registration_id: bookedForDesk.registration_id },
          expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401),
        },

        // artisans: only their own money
        { method: "get", route: "/artisan/me", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", route: "/artisan/me/training", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "post", route: "/artisan/me/goal", body: () => ({ monthly_goal: 3000 }), expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "post", route: "/artisan/me/password", body: () => ({ current_password: "not-her-password", new_password: "another-password" }), expect: only({ artisanA: 400, artisanB: 400 }, 401) },
        { method: "get", route: "/artisan/earnings", query: `from=${LAST_MONTH}&to=${THIS_MONTH}`, expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", route: "/artisan/earnings/:period", params: { period: THIS_MONTH }, expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", route: "/artisan/statements", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", route: "/artisan/payouts", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        // her notices: each woman her own (the reader is the session's, never the request's)
        { method: "get", route: "/artisan/notices", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "post", route: "/artisan/notices/read", body: () => ({}), expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", route: "/artisan/questions", query: `period=${THIS_MONTH}`, expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        // a line of A's: hers to question, no line of B's
        {
          method: "post",
          route: "/artisan/questions",
          body: () => ({ period: THIS_MONTH, ledger_entry_id: lineOfA, reason: "quantity_wrong" }),
          headers: () => ({ "idempotency-key": `matrix-question-${++batchNo}` }),
          expect: only({ artisanA: 201, artisanB: 404 }, 401),
        },
        { method: "post", route: "/artisan/earnings/:period/confirm", params: { period: THIS_MONTH }, expect: only({ artisanA: 201, artisanB: 201 }, 401) },
        { method: "get", route: "/artisan/statements/:id/slip", params: { id: statementOfA }, expect: only({ artisanA: 200, artisanB: 404 }, 401) },
      ]

      // a route added to a tree without a row here fails; so does a row for a route that is gone
      const discovered = discoverRoutes()
      const tabled = new Set(rows.map((row) => routeKey(row.method, row.route)))
      const inTree = new Set(discovered.map((r) => routeKey(r.method, r.path)))
      const withoutRow = discovered
        .filter((r) => !tabled.has(routeKey(r.method, r.path)))
        .map((r) => `${routeKey(r.method, r.path)} (${r.trees.join(", ")})`)
      expect(withoutRow, "routes in the route trees without a row in this table").toEqual([])
      expect([...tabled].filter((key) => !inTree.has(key)), "rows for routes no tree has").toEqual([])

      const failures: string[] = []
      for (const row of rows) {
        const url = await urlOf(row)
        for (const caller of CALLERS) {
          const headers = {
            ...headersOf[caller],
            ...(row.store ? storeKey.headers : {}),
            ...(row.headers ? row.headers() : {}),
          }
          const res =
            row.method === "get"
              ? await api.get(url, { headers }).catch((e: any) => e.response)
              : row.method === "delete"
                ? await api.delete(url, { headers }).catch((e: any) => e.response)
                : await api.post(url, row.body ? row.body() : {}, { headers }).catch((e: any) => e.response)
          if (res.status !== row.expect[caller]) {
            failures.push(`${row.method.toUpperCase()} ${url} as ${caller}: expected ${row.expect[caller]}, got ${res.status}`)
          }
        }
      }
      expect(failures).toEqual([])

      // and nothing of artisan B leaked to artisan A through her own routes
      const mine = await api.get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
      expect(JSON.stringify(mine.data)).not.toContain(artisanB.artisan.id)
      // her payouts are hers: A sees the failed one and the month's, B (no statement) none of them
      const paidA = await api.get(`/artisan/payouts`, artisanA.headers)
      expect(paidA.data.payouts.map((p: any) => p.status).sort()).toEqual(["failed", "sent"])
      expect(paidA.data.owed).toBe("0.00")
      // her questions are hers: B sees none of A's, coordinator Y none of workshop X's
      const questionsOfB = await api.get(`/artisan/questions`, artisanB.headers)
      expect(questionsOfB.data.questions).toEqual([])
      const questionsOfY = await api.get(`/coordinator/questions`, coordinatorY.headers)
      expect(questionsOfY.data.questions).toEqual([])
      const paidB = await api.get(`/artisan/payouts`, artisanB.headers)
      expect(paidB.data).toMatchObject({ payouts: [], owed: "0.00" })
    })
  },
})
