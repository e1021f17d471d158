import type { APIRequestContext } from "@playwright/test"
import { e2eSettings } from "../../../scripts/lib/e2e-settings.mjs"

/**
 * Direct calls to the backend for the desk and income journeys: the programme staff's admin API
 * sets up a workshop of the test's own (so the journeys never depend on what other tests do to
 * the demo data), and the coordinator/artisan APIs check what the screens did.
 */
export const ADMIN = { email: "admin@jinxiu.test", password: "jinxiu-demo" }
export const PASSWORD = "jinxiu-e2e-pass"

export function backendUrl(): string {
  return e2eSettings().backendUrl
}

/** Today and months in China, as the backend counts them (the domain's calendar). */
export { addDays, addMonths, lastDayOfMonth, todayInChina } from "@jinxiu/workshop/domain"

async function json(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<any> {
  const body = await response.json().catch(() => null)
  if (!response.ok()) throw new Error(`${what} answered ${response.status()}: ${JSON.stringify(body)}`)
  return body
}

export async function login(request: APIRequestContext, actor: "user" | "coordinator" | "artisan", body: Record<string, string>) {
  const provider = actor === "artisan" ? "phone" : "emailpass"
  const res = await request.post(`${backendUrl()}/auth/${actor}/${provider}`, { data: body })
  return (await json(res, `login ${actor}`)).token as string
}

export type TestWorkshop = {
  suffix: string
  workshop: { id: string; handle: string; name_zh: string }
  pieceType: { id: string; name_zh: string; name_en: string; rate_a: number; rate_b: number }
  artisans: { id: string; display_name: string; phone: string }[]
  coordinator: { id: string; email: string }
}

/** A unique, valid mainland mobile number for a test artisan. */
function testPhone(seed: number, index: number): string {
  return `199${String((seed * 7 + index) % 100_000_000).padStart(8, "0")}`
}

/**
 * A new workshop with one piece type (A ¥12.50 / B ¥8.00 from 2024-01-01), `artisanCount` artisans
 * (joined 2024-01-01, password PASSWORD) and a coordinator of it, all through the admin API.
 */
export async function createTestWorkshop(request: APIRequestContext, label: string, artisanCount = 2): Promise<TestWorkshop> {
  const admin = await login(request, "user", ADMIN)
  const headers = { authorization: `Bearer ${admin}` }
  const seed = Date.now() % 100_000_000 + Math.floor(Math.random() * 1000)
  const suffix = `${label}-${seed.toString(36)}`
  const post = async (path: string, data: unknown) => json(await request.post(`${backendUrl()}${path}`, { headers, data }), `POST ${path}`)

  const { workshop } = await post("/admin/workshops", {
    handle: `e2e-${suffix}`,
    name_zh: `测试工坊 ${suffix}`,
    name_en: `Test workshop ${suffix}`,
    city_zh: "肇庆",
    city_en: "Zhaoqing",
  })
  const rate = { rate_a: 12.5, rate_b: 8 }
  const { piece_type } = await post("/admin/piece-types", {
    workshop_id: workshop.id,
    code: `E2E-${suffix}`.toUpperCase().slice(0, 60),
    name_zh: "测试绣片",
    name_en: "Test panel",
    kind: "task",
    rate: { effective_from: "2024-01-01", ...rate },
  })
  const artisans: TestWorkshop["artisans"] = []
  for (let i = 0; i < artisanCount; i++) {
    const phone = testPhone(seed, i)
    const { artisan } = await post("/admin/artisans", {
      workshop_id: workshop.id,
      display_name: `测试绣娘${String.fromCharCode(65 + i)}${seed % 1000}`,
      legal_name: `测试绣娘${String.fromCharCode(65 + i)}`,
      phone,
      joined_on: "2024-01-01",
      password: PASSWORD,
    })
    artisans.push({ id: artisan.id, display_name: artisan.display_name, phone })
  }
  const email = `coordinator.${suffix}@e2e.jinxiu.test`
  const { coordinator } = await post("/admin/coordinators", {
    email,
    name: `测试负责人 ${suffix}`,
    password: PASSWORD,
    workshop_ids: [workshop.id],
  })
  return {
    suffix,
    workshop,
    pieceType: { id: piece_type.id, name_zh: piece_type.name_zh, name_en: piece_type.name_en, ...rate },
    artisans,
    coordinator: { id: coordinator.id, email },
  }
}

/** Another workshop of the test's own (to move an artisan into), through the admin API. */
export async function createEmptyWorkshop(request: APIRequestContext, label: string) {
  const admin = await login(request, "user", ADMIN)
  const handle = `e2e-${label}-${(Date.now() % 1e8).toString(36)}${Math.floor(Math.random() * 1000)}`
  const res = await request.post(`${backendUrl()}/admin/workshops`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { handle, name_zh: `测试工坊 ${handle}`, name_en: `Test workshop ${handle}`, city_zh: "肇庆", city_en: "Zhaoqing" },
  })
  return (await json(res, "POST /admin/workshops")).workshop as { id: string; handle: string }
}

/** The programme staff move an artisan to another workshop. */
export async function moveArtisan(request: APIRequestContext, artisanId: string, workshopId: string) {
  const admin = await login(request, "user", ADMIN)
  const res = await request.post(`${backendUrl()}/admin/artisans/${artisanId}`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { workshop_id: workshopId },
  })
  return json(res, `POST /admin/artisans/${artisanId}`)
}

/** The coordinator's API as the desk sees it. */
export async function coordinatorApi(request: APIRequestContext, email: string) {
  const token = await login(request, "coordinator", { email, password: PASSWORD })
  const headers = { authorization: `Bearer ${token}` }
  return {
    token,
    async entries(query: Record<string, string>) {
      const res = await request.get(`${backendUrl()}/coordinator/work-entries`, { headers, params: { ...query, limit: "500" } })
      return (await json(res, "GET /coordinator/work-entries")).work_entries as {
        id: string
        artisan_id: string
        quantity: number
        grade: string
        amount: number | string
        batch_id: string
        reversed_at: string | null
      }[]
    },
    async get(path: string) {
      return request.get(`${backendUrl()}${path}`, { headers })
    },
  }
}

/** One batch straight to the backend (to prepare a day's work). */
export async function recordBatch(request: APIRequestContext, token: string, key: string, lines: unknown[]) {
  const res = await request.post(`${backendUrl()}/coordinator/work-entries`, {
    headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
    data: { lines },
  })
  return json(res, "POST /coordinator/work-entries")
}

/** Closes a month through the admin API (as the Periods screen does). */
export async function closeMonthByApi(request: APIRequestContext, month: string) {
  const admin = await login(request, "user", ADMIN)
  const res = await request.post(`${backendUrl()}/admin/periods/${month}/close`, { headers: { authorization: `Bearer ${admin}` } })
  return json(res, `POST /admin/periods/${month}/close`)
}
