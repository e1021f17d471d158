import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createArtisan, createCoordinator, createWorkshop, publishableKeyHeaders } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const calendar = useWorkshopClock()

/**
 * A NUL byte or broken Unicode, on routes that answered 500 before (Medusa's own among them):
 * each is now a 400 `invalid_data` naming where the bad text was, and nothing reaches PostgreSQL.
 */
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
  },
})
