import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  MAX_BATCH_BODY_BYTES,
  bodyCapOf,
  MAX_ADMIN_LIST_LIMIT,
  MAX_BODY_BYTES,
  MAX_EMAIL_LENGTH,
  MAX_LIST_OFFSET,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_PAYMENT_REFERENCE_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_REASON_LENGTH,
  MAX_SEARCH_LENGTH,
  MAX_STORY_LENGTH,
  MAX_URL_LENGTH,
} from "@jinxiu/workshop/domain"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, publishableKeyHeaders } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"
import { changedTables, snapshotTables, watchedTables } from "../helpers/db-snapshot"
import { rawClient, type RawResponse } from "../helpers/raw-http"
import { discoverRoutes } from "../helpers/route-tree"

const calendar = useWorkshopClock()

/**
 * A NUL byte or broken Unicode, on routes that answered 500 before (Medusa's own among them):
 * each is now a 400 `invalid_data` naming where the bad text was, and nothing reaches PostgreSQL.
 * Every text field has a maximum length (limits in @jinxiu/workshop/domain): one character more
 * is a 400 naming the field, and nothing is written. Bodies have a size cap: one byte over is a
 * 413 naming the body on every write route (found from the route tree); a body that isn't JSON,
 * or isn't a JSON object, is a 400 naming the body.
 */

/** Does a 4xx answer name `field`: in `field`, in `errors[].field`, or first in its message? */
function namesField(res: RawResponse, field: string): boolean {
  const data = res.data ?? {}
  if (data.field === field) return true
  if (Array.isArray(data.errors) && data.errors.some((e: any) => e?.field === field)) return true
  const message = String(data.message ?? "")
  return new RegExp(`^(Invalid request: )?(Line \\d+, )?${field.replace(/[.[\]]/g, "\\$&")}: `).test(message)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("refuses NUL and lone surrogates in paths, queries and bodies with a 400 naming the field", async () => {
      const container = getContainer()
      const store = await publishableKeyHeaders(container)
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const send = (method: "get" | "post", path: string, headers: Record<string, string>, body?: unknown): Promise<any> =>
        (method === "get" ? (api as any).get(path, { headers }) : (api as any).post(path, body ?? {}, { headers })).catch((e: any) => e.response)

      const cases: { method: "get" | "post"; path: string; headers: Record<string, string>; body?: unknown; field: string }[] = [
        { method: "get", path: "/store/products?q=%00", headers: store.headers, field: "query.q" },
        { method: "get", path: "/store/makers/%00", headers: store.headers, field: "path" },
        { method: "get", path: "/store/workshops/%00", headers: store.headers, field: "path" },
        { method: "get", path: "/store/products/%00/makers", headers: store.headers, field: "path" },
        { method: "get", path: "/admin/workshops/%00", headers: admin.headers, field: "path" },
        { method: "get", path: "/admin/artisans?q=%00", headers: admin.headers, field: "query.q" },
        { method: "get", path: "/admin/workshops/%ED%A0%80", headers: admin.headers, field: "path" },
        { method: "get", path: "/coordinator/work-entries?artisan_id=%00", headers: coordinator.headers.headers, field: "query.artisan_id" },
        { method: "post", path: "/coordinator/work-entries/%00/reverse", headers: coordinator.headers.headers, body: { reason: "x" }, field: "path" },
        { method: "get", path: `/coordinator/artisans/%00/earnings/${calendar.thisMonth}`, headers: coordinator.headers.headers, field: "path" },
        { method: "get", path: `/coordinator/artisans/${her.artisan.id}/earnings/%00`, headers: coordinator.headers.headers, field: "path" },
        {
          method: "post",
          path: "/coordinator/work-entries",
          headers: { ...coordinator.headers.headers, "idempotency-key": "hostile-batch-1" },
          body: { lines: [{ artisan_id: "\u0000", piece_type_id: "pt", quantity: 1, grade: "A", work_date: calendar.today }] },
          field: "body.lines[0].artisan_id",
        },
        {
          method: "post",
          path: `/admin/artisans/${her.artisan.id}`,
          headers: admin.headers,
          body: { story_zh: "她的故事\uD800" },
          field: "body.story_zh",
        },
      ]
      const wrong: string[] = []
      for (const c of cases) {
        const res = await send(c.method, c.path, c.headers, c.body)
        if (res.status !== 400 || res.data?.type !== "invalid_data" || res.data?.field !== c.field || !String(res.data?.message).startsWith(`${c.field}:`)) {
          wrong.push(`${c.method.toUpperCase()} ${c.path}: ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`)
        }
      }
      expect(wrong).toEqual([])

      // nothing was written: her story is unchanged and no batch exists
      const after = await send("get", `/admin/artisans/${her.artisan.id}`, admin.headers)
      expect(after.data.artisan.story_zh ?? null).toBe(her.artisan.story_zh ?? null)
      const entries = await send("get", "/coordinator/work-entries", coordinator.headers.headers)
      expect(entries.data.count).toBe(0)
      // and ordinary Chinese text with an emoji still goes through
      const ok = await send("post", `/admin/artisans/${her.artisan.id}`, admin.headers, { story_zh: "金绣团扇 🪭" })
      expect(ok.status).toBe(200)
      expect(ok.data.artisan.story_zh).toBe("金绣团扇 🪭")
    })
  
    it("refuses a text one character over its limit with a 400 naming the field, and writes nothing", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const pieceType = await createPieceType(container, { workshopId: workshop.id })
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const raw = rawClient(api)
      const over = (max: number, unit = "绣") => unit.repeat(max + 1)
      const newWorkshop = { handle: "over-long", name_zh: "工坊", name_en: "Workshop", city_zh: "肇庆", city_en: "Zhaoqing" }
      const cases: { method: string; path: string; headers: Record<string, string>; body?: unknown; field: string }[] = [
        { method: "POST", path: "/admin/workshops", headers: admin.headers, body: { ...newWorkshop, story_zh: over(MAX_STORY_LENGTH) }, field: "story_zh" },
        { method: "POST", path: "/admin/workshops", headers: admin.headers, body: { ...newWorkshop, name_en: over(MAX_NAME_LENGTH, "x") }, field: "name_en" },
        { method: "POST", path: `/admin/workshops/${workshop.id}`, headers: admin.headers, body: { district_zh: over(MAX_NAME_LENGTH) }, field: "district_zh" },
        { method: "POST", path: `/admin/artisans/${her.artisan.id}`, headers: admin.headers, body: { display_name: over(MAX_NAME_LENGTH) }, field: "display_name" },
        { method: "POST", path: `/admin/artisans/${her.artisan.id}`, headers: admin.headers, body: { story_en: over(MAX_STORY_LENGTH, "a") }, field: "story_en" },
        { method: "POST", path: `/admin/artisans/${her.artisan.id}`, headers: admin.headers, body: { photo_url: `https://img.example/${"p".repeat(MAX_URL_LENGTH)}` }, field: "photo_url" },
        { method: "POST", path: `/admin/artisans/${her.artisan.id}`, headers: admin.headers, body: { phone: "1".repeat(MAX_PHONE_LENGTH + 1) }, field: "phone" },
        { method: "POST", path: `/admin/artisans/${her.artisan.id}`, headers: admin.headers, body: { workshop_id: "not an id" }, field: "workshop_id" },
        {
          method: "POST",
          path: "/admin/coordinators",
          headers: admin.headers,
          body: { email: `${"a".repeat(MAX_EMAIL_LENGTH)}@jinxiu.test`, name: "协调员", password: "long-enough-1", workshop_ids: [workshop.id] },
          field: "email",
        },
        { method: "POST", path: `/admin/coordinators/${coordinator.coordinator.id}`, headers: admin.headers, body: { phone: "1".repeat(MAX_PHONE_LENGTH + 1) }, field: "phone" },
        { method: "POST", path: `/admin/piece-types/${pieceType.id}`, headers: admin.headers, body: { name_zh: over(MAX_NAME_LENGTH) }, field: "name_zh" },
        {
          method: "POST",
          path: "/admin/adjustments",
          headers: admin.headers,
          body: { artisan_id: "a".repeat(MAX_ID_LENGTH + 1), kind: "bonus", amount: 10, reason: "奖励" },
          field: "artisan_id",
        },
        { method: "POST", path: "/admin/adjustments", headers: admin.headers, body: { artisan_id: her.artisan.id, kind: "bonus", amount: 10, reason: over(MAX_REASON_LENGTH) }, field: "reason" },
        { method: "POST", path: `/admin/periods/${calendar.lastMonth}/pay`, headers: admin.headers, body: { payment_reference: over(MAX_PAYMENT_REFERENCE_LENGTH, "x") }, field: "payment_reference" },
        { method: "POST", path: "/coordinator/work-entries/wentry_01ABC/reverse", headers: coordinator.headers.headers, body: { reason: over(MAX_REASON_LENGTH) }, field: "reason" },
        // a month that isn't one: 60 kB of it in the body, 2 kB in the path
        { method: "POST", path: "/coordinator/work-entries/wentry_01ABC/reverse", headers: coordinator.headers.headers, body: { reason: "记错了", confirm_period: `${calendar.thisMonth}${"x".repeat(60_000)}` }, field: "confirm_period" },
        { method: "GET", path: `/coordinator/artisans/${her.artisan.id}/earnings/${calendar.thisMonth}${"x".repeat(2_000)}`, headers: coordinator.headers.headers, field: "period" },
        {
          method: "POST",
          path: "/coordinator/work-entries",
          headers: { ...coordinator.headers.headers, "idempotency-key": "over-long-note-1" },
          body: { lines: [{ artisan_id: her.artisan.id, piece_type_id: pieceType.id, quantity: 1, grade: "A", work_date: calendar.today, note: over(MAX_NOTE_LENGTH) }] },
          field: "note",
        },
        { method: "POST", path: "/artisan/me/password", headers: her.headers.headers, body: { current_password: "x".repeat(MAX_PASSWORD_LENGTH + 1), new_password: "long-enough-2" }, field: "current_password" },
        { method: "GET", path: `/admin/artisans?q=${"x".repeat(MAX_SEARCH_LENGTH + 1)}`, headers: admin.headers, field: "q" },
        { method: "GET", path: `/coordinator/artisans?q=${"x".repeat(MAX_SEARCH_LENGTH + 1)}`, headers: coordinator.headers.headers, field: "q" },
        { method: "GET", path: "/admin/workshops?id=not%20an%20id", headers: admin.headers, field: "id" },
        { method: "GET", path: `/coordinator/work-entries?artisan_id=${"a".repeat(MAX_ID_LENGTH + 1)}`, headers: coordinator.headers.headers, field: "artisan_id" },
        { method: "GET", path: `/admin/workshops?limit=${MAX_ADMIN_LIST_LIMIT + 1}`, headers: admin.headers, field: "limit" },
        { method: "GET", path: `/admin/artisans?offset=${MAX_LIST_OFFSET + 1}`, headers: admin.headers, field: "offset" },
        { method: "GET", path: "/admin/piece-types?order=name_zh%3Bdrop", headers: admin.headers, field: "order" },
      ]
      const tables = await watchedTables(container)
      const before = await snapshotTables(container, tables)
      const wrong: string[] = []
      try {
        for (const c of cases) {
          const body = c.body === undefined ? undefined : JSON.stringify(c.body)
          const res = await raw({ method: c.method, path: c.path, headers: { ...c.headers, ...(body ? { "content-type": "application/json" } : {}) }, body })
          if (res.status !== 400 || !namesField(res, c.field)) wrong.push(`${c.method} ${c.path.slice(0, 80)} (${c.field}): ${res.status} ${res.text.slice(0, 300)}`)
        }
      } finally {
        raw.close()
      }
      expect(wrong).toEqual([])
      expect(changedTables(before, await snapshotTables(container, tables))).toEqual([])
    })

    it("caps every write route's body (413 naming the body) and refuses a body that isn't a JSON object (400 naming the body)", async () => {
      const container = getContainer()
      const store = await publishableKeyHeaders(container)
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const pieceType = await createPieceType(container, { workshopId: workshop.id })
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const authOf = (path: string): Record<string, string> =>
        path.startsWith("/admin")
          ? admin.headers
          : path.startsWith("/coordinator")
            ? { ...coordinator.headers.headers, "idempotency-key": `cap-${Math.random().toString(36).slice(2, 12)}` }
            : path.startsWith("/artisan")
              ? her.headers.headers
              : store.headers
      /** A JSON object of exactly `bytes` bytes. */
      const jsonOfSize = (bytes: number) => {
        const shell = '{"pad":""}'
        return `{"pad":"${"x".repeat(bytes - shell.length)}"}`
      }
      const json = { "content-type": "application/json" }
      const raw = rawClient(api)
      const tables = await watchedTables(container)
      const before = await snapshotTables(container, tables)
      const wrong: string[] = []
      try {
        const writes = discoverRoutes().filter((r) => ["POST", "PUT", "PATCH", "DELETE"].includes(r.method))
        expect(writes.length).toBeGreaterThan(10)
        for (const route of writes) {
          const path = route.path.replace(/:period/g, calendar.lastMonth).replace(/:\w+/g, "some_01ID")
          const cap = bodyCapOf(route.method, route.path)
          const res = await raw({ method: route.method, path, headers: { ...authOf(path), ...json }, body: jsonOfSize(cap + 1) })
          if (res.status !== 413 || res.data?.field !== "body" || !String(res.data?.message).startsWith("body: ")) {
            wrong.push(`${route.method} ${route.path} with ${cap + 1} bytes: ${res.status} ${res.text.slice(0, 200)}`)
          }
        }
        // a batch over the ordinary cap but under the batch cap is read (and refused for its line, not its size)
        const line = { artisan_id: her.artisan.id, piece_type_id: pieceType.id, quantity: 1, grade: "A", work_date: calendar.today, note: "绣".repeat(MAX_NOTE_LENGTH) }
        const batch = JSON.stringify({ lines: [{ ...line, grade: "Z" }, ...Array.from({ length: 150 }, () => line)] })
        expect(Buffer.byteLength(batch)).toBeGreaterThan(MAX_BODY_BYTES)
        const big = await raw({ method: "POST", path: "/coordinator/work-entries", headers: { ...authOf("/coordinator"), ...json }, body: batch })
        if (big.status !== 400 || big.data?.errors?.[0]?.field !== "grade") wrong.push(`a ${Buffer.byteLength(batch)}-byte batch: ${big.status} ${big.text.slice(0, 200)}`)

        // Medusa's own routes: the same answers
        const medusaOversize = await raw({ method: "POST", path: "/admin/products", headers: { ...admin.headers, ...json }, body: jsonOfSize(MAX_BODY_BYTES + 1) })
        if (medusaOversize.status !== 413 || medusaOversize.data?.field !== "body") wrong.push(`POST /admin/products oversize: ${medusaOversize.status} ${medusaOversize.text.slice(0, 200)}`)

        const notJson: { path: string; headers: Record<string, string>; body: string; status: number }[] = [
          { path: "/admin/workshops", headers: { ...admin.headers, ...json }, body: '{"handle": "x",', status: 400 },
          { path: "/admin/workshops", headers: { ...admin.headers, ...json }, body: "{'handle': 'x'}", status: 400 },
          { path: "/admin/workshops", headers: { ...admin.headers, ...json }, body: '[{"handle": "x"}]', status: 400 },
          { path: "/admin/workshops", headers: { ...admin.headers, "content-type": "text/plain" }, body: "handle=x", status: 400 },
          { path: `/admin/artisans/${her.artisan.id}`, headers: { ...admin.headers, ...json }, body: '"just a string"', status: 400 },
          { path: "/coordinator/work-entries", headers: { ...authOf("/coordinator"), ...json }, body: '{"lines": [}', status: 400 },
          { path: "/artisan/me/goal", headers: { ...her.headers.headers, ...json }, body: "[]", status: 400 },
          { path: "/admin/workshops", headers: { ...admin.headers, "content-type": "application/json; charset=latin1" }, body: "{}", status: 415 },
          { path: "/store/carts", headers: { ...store.headers, ...json }, body: "{", status: 400 },
        ]
        for (const c of notJson) {
          const res = await raw({ method: "POST", path: c.path, headers: c.headers, body: c.body })
          if (res.status !== c.status || res.data?.field !== "body" || !String(res.data?.message).startsWith("body: ")) {
            wrong.push(`POST ${c.path} ${JSON.stringify(c.body).slice(0, 40)}: ${res.status} ${res.text.slice(0, 200)}`)
          }
        }
      } finally {
        raw.close()
      }
      expect(wrong).toEqual([])
      expect(changedTables(before, await snapshotTables(container, tables))).toEqual([])
    })
  
    it("answers 4xx naming the field to what the fuzzer found answering 500 (ours and Medusa's routes)", async () => {
      const container = getContainer()
      const store = await publishableKeyHeaders(container)
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const raw = rawClient(api)
      const json = { "content-type": "application/json" }
      const adjustment = { artisan_id: her.artisan.id, kind: "bonus", amount: 10, reason: "奖励" }
      const cases: { method: string; path: string; headers: Record<string, string>; body?: string; status: number; field: string }[] = [
        // Medusa read limit=-1 as -1 and PostgreSQL refused it
        { method: "GET", path: "/admin/products?limit=-1", headers: admin.headers, status: 400, field: "query.limit" },
        { method: "GET", path: "/store/products?offset=-5", headers: store.headers, status: 400, field: "query.offset" },
        // Medusa throws on a query key nested deeper than a.b
        { method: "GET", path: "/store/products?a.b.c=1", headers: store.headers, status: 400, field: "query.a.b.c" },
        { method: "GET", path: "/admin/workshops?a.b.c=1", headers: admin.headers, status: 400, field: "query.a.b.c" },
        // `{"toString": "x"}` where text is expected crashed Medusa's error message
        { method: "POST", path: "/admin/adjustments", headers: { ...admin.headers, ...json }, body: JSON.stringify({ ...adjustment, artisan_id: { toString: "x" } }), status: 400, field: "body.artisan_id.toString" },
        { method: "POST", path: "/admin/workshops", headers: { ...admin.headers, ...json }, body: '{"__proto__": {"is_active": true}}', status: 400, field: "body.__proto__" },
        // an amount too big to be read as money threw while it was checked
        { method: "POST", path: "/admin/adjustments", headers: { ...admin.headers, ...json }, body: JSON.stringify({ ...adjustment, amount: 9007199254740991 }), status: 400, field: "amount" },
        // ordering by a field the entity doesn't have reached the database
        { method: "GET", path: "/admin/piece-types?order=no_such_field", headers: admin.headers, status: 400, field: "order" },
        // a body its Content-Encoding says is gzip but isn't
        { method: "POST", path: "/admin/workshops", headers: { ...admin.headers, ...json, "content-encoding": "gzip" }, body: "{}", status: 400, field: "body" },
        // a product no one has: 404, not "no makers"
        { method: "GET", path: "/store/products/prod_01NOSUCHPRODUCT000000000000/makers", headers: store.headers, status: 404, field: "" },
      ]
      const tables = await watchedTables(container)
      const before = await snapshotTables(container, tables)
      const wrong: string[] = []
      try {
        for (const c of cases) {
          const res = await raw({ method: c.method, path: c.path, headers: c.headers, body: c.body })
          if (res.status !== c.status || (c.field && !namesField(res, c.field))) wrong.push(`${c.method} ${c.path}: ${res.status} ${res.text.slice(0, 300)}`)
        }
      } finally {
        raw.close()
      }
      expect(wrong).toEqual([])
      expect(changedTables(before, await snapshotTables(container, tables))).toEqual([])
    })
  },
})
