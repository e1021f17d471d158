import type { Container } from "./types"
import { uniqueSuffix } from "./unique"

/** The workshop module's service, untyped for tests. */
const workshopModule = (container: Container) => container.resolve("workshop") as any

export type WorkshopOverrides = Partial<{
  handle: string
  name_zh: string
  name_en: string
  city_zh: string
  city_en: string
  district_zh: string | null
  district_en: string | null
  is_active: boolean
}>

/** A workshop (active, unique handle) straight through the module. */
export async function createWorkshop(container: Container, overrides: WorkshopOverrides = {}) {
  const suffix = uniqueSuffix()
  return await workshopModule(container).createWorkshops({
    handle: `workshop-${suffix}`,
    name_zh: `测试工坊${suffix}`,
    name_en: `Test workshop ${suffix}`,
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    ...overrides,
  })
}

export type PieceRateInput = { effective_from: string; rate_a: number; rate_b: number }

export type CreatePieceTypeOptions = {
  workshopId: string
  code?: string
  name_zh?: string
  name_en?: string
  kind?: "product_variant" | "task"
  product_variant_id?: string | null
  is_active?: boolean
  /** Its first rate (default: from 2020-01-01, A 12 CNY, B 8 CNY); null for none. */
  rate?: PieceRateInput | null
}

export const DEFAULT_PIECE_RATE: PieceRateInput = { effective_from: "2020-01-01", rate_a: 12, rate_b: 8 }

/** A piece type of a workshop with one rate, straight through the module. Returns it with `rates`. */
export async function createPieceType(container: Container, options: CreatePieceTypeOptions) {
  const { workshopId, rate = DEFAULT_PIECE_RATE, ...fields } = options
  const suffix = uniqueSuffix()
  const service = workshopModule(container)
  const pieceType = await service.createPieceTypes({
    workshop_id: workshopId,
    code: `FAN-${suffix}`,
    name_zh: `扇面刺绣${suffix}`,
    name_en: `Embroidered fan face ${suffix}`,
    kind: "task",
    ...fields,
  })
  const rates = rate ? [await service.createPieceRates({ ...rate, piece_type_id: pieceType.id, created_by: "test" })] : []
  return { ...pieceType, rates }
}
