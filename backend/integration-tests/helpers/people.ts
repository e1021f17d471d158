import { adminHeaders } from "./admin"
import type { Container, RequestConfig, TestApi } from "./types"
import { uniqueMobile, uniqueSuffix } from "./unique"

export const COORDINATOR_PASSWORD = "coordinator-password-1"
export const ARTISAN_PASSWORD = "artisan-password-1"

const bearer = (token: string): RequestConfig => ({ headers: { authorization: `Bearer ${token}` } })

/** Logs a coordinator in through `POST /auth/coordinator/emailpass`. */
export async function loginCoordinator(api: TestApi, email: string, password = COORDINATOR_PASSWORD) {
  const res = await api.post("/auth/coordinator/emailpass", { email, password })
  return bearer(res.data.token)
}

/** Logs an artisan in through `POST /auth/artisan/phone` (any usual form of the number). */
export async function loginArtisan(api: TestApi, phone: string, password = ARTISAN_PASSWORD) {
  const res = await api.post("/auth/artisan/phone", { phone, password })
  return bearer(res.data.token)
}

export type CreateCoordinatorOptions = {
  workshopIds: string[]
  email?: string
  name?: string
  password?: string
}

/**
 * A coordinator of `workshopIds`, created by an admin through `POST /admin/coordinators`, then
 * logged in. `headers` carry her bearer token.
 */
export async function createCoordinator(api: TestApi, container: Container, options: CreateCoordinatorOptions) {
  const email = options.email ?? `coordinator-${uniqueSuffix()}@jinxiu.test`
  const password = options.password ?? COORDINATOR_PASSWORD
  const res = await api.post(
    "/admin/coordinators",
    { email, name: options.name ?? "测试协调员", password, workshop_ids: options.workshopIds },
    await adminHeaders(container)
  )
  const headers = await loginCoordinator(api, email, password)
  return { coordinator: res.data.coordinator, headers, email, password }
}

export type CreateArtisanOptions = {
  workshopId: string
  /** Any usual form; default a fresh +86139… number. */
  phone?: string
  password?: string
  display_name?: string
  legal_name?: string
  joined_on?: string
  status?: "active" | "paused" | "left"
  public_profile?: boolean
  monthly_goal?: number | null
}

/**
 * An artisan of `workshopId`, created by an admin through `POST /admin/artisans`, then logged in
 * with her phone. `headers` carry her bearer token.
 */
export async function createArtisan(api: TestApi, container: Container, options: CreateArtisanOptions) {
  const { workshopId, phone = uniqueMobile(), password = ARTISAN_PASSWORD, ...fields } = options
  const suffix = uniqueSuffix()
  const res = await api.post(
    "/admin/artisans",
    {
      workshop_id: workshopId,
      display_name: `绣娘${suffix}`,
      legal_name: `测试${suffix}`,
      joined_on: "2024-03-01",
      phone,
      password,
      ...fields,
    },
    await adminHeaders(container)
  )
  const headers = await loginArtisan(api, phone, password)
  return { artisan: res.data.artisan, headers, phone: res.data.artisan.phone as string, password }
}
