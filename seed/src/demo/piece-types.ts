import { percentOf, roundMoney } from "@jinxiu/workshop/domain"
import { PRODUCTS } from "./catalog"
import type { Skill } from "./people"

/**
 * What the workshops pay by the piece: one piece type per product variant of the workshop's
 * products, plus the tasks (parts of pieces) each workshop hands out. Every type has a rate from
 * before any artisan joined; about half got a raise on RAISE_FROM, so rate history shows.
 * Grade B pays 70-80% of grade A; a rejected piece pays nothing.
 */
export const BASE_RATE_FROM = "2024-01-01"
export const RAISE_FROM = "2026-09-01"

type RateSeed = {
  /** yuan per grade-A piece */
  a: number
  /** grade A from RAISE_FROM on */
  raise?: number
  /** grade B as a percentage of grade A (default 75) */
  b_percent?: 70 | 75 | 80
}

type TaskSeed = RateSeed & { code: string; name_zh: string; name_en: string; skill: Skill }

/** Finished pieces, by SKU, with the stitch the piece mostly needs. */
const VARIANT_RATES: Record<string, RateSeed & { skill: Skill }> = {
  "FAN-PEONY-S": { a: 38, raise: 40, skill: "盘金绣" },
  "FAN-PEONY-M": { a: 48, raise: 52, skill: "盘金绣" },
  "FAN-PHOENIX-BAMBOO": { a: 45, raise: 48, skill: "钉金绣" },
  "FAN-PHOENIX-SANDAL": { a: 58, raise: 62, skill: "钉金绣" },
  "POUCH-LOTUS-RED": { a: 9, raise: 10, b_percent: 80, skill: "缝制" },
  "POUCH-LOTUS-JADE": { a: 9, raise: 10, b_percent: 80, skill: "缝制" },
  "CLUTCH-CARP-NAVY": { a: 65, raise: 70, skill: "盘金绣" },
  "CLUTCH-CARP-IVORY": { a: 65, raise: 70, skill: "盘金绣" },
  "PURSE-BUTTERFLY-PINK": { a: 12, b_percent: 80, skill: "缝制" },
  "PURSE-BUTTERFLY-BLACK": { a: 12, b_percent: 80, skill: "缝制" },
  "FRAME-PHOENIX-40": { a: 110, b_percent: 70, skill: "盘金绣" },
  "FRAME-PHOENIX-60": { a: 150, b_percent: 70, skill: "盘金绣" },
  "FRAME-CRANE-30": { a: 95, raise: 100, b_percent: 70, skill: "盘金绣" },
  "FRAME-CRANE-50": { a: 140, raise: 150, b_percent: 70, skill: "盘金绣" },
  "CUSHION-PLUM-S": { a: 26, skill: "平绣" },
  "CUSHION-PLUM-M": { a: 32, skill: "平绣" },
  "RUNNER-BAMBOO-160": { a: 32, raise: 35, skill: "平绣" },
  "RUNNER-BAMBOO-220": { a: 40, raise: 44, skill: "平绣" },
  "COLLAR-CLOUD-BLACK": { a: 55, skill: "钉金绣" },
  "COLLAR-CLOUD-RED": { a: 55, skill: "钉金绣" },
  "BROOCH-KAPOK-ROUND": { a: 18, raise: 20, skill: "钉金绣" },
  "BROOCH-KAPOK-OVAL": { a: 20, raise: 22, skill: "钉金绣" },
  "SHAWL-BUTTERFLY-IVORY": { a: 60, skill: "平绣" },
  "SHAWL-BUTTERFLY-ROSE": { a: 60, skill: "平绣" },
  "BOOKMARK-LOTUS-SET": { a: 9, b_percent: 80, skill: "平绣" },
  "BOOKMARK-LOTUS-GIFT": { a: 12, b_percent: 80, skill: "平绣" },
  "ORNAMENT-CARP-1": { a: 6, raise: 6.5, b_percent: 80, skill: "缝制" },
  "ORNAMENT-CARP-2": { a: 11, raise: 12, b_percent: 80, skill: "缝制" },
}

const fanFace = (a: number, raise?: number): TaskSeed => ({
  code: "TASK-FAN-FACE", name_zh: "扇面刺绣", name_en: "Fan face embroidery", skill: "平绣", a, raise,
})
const goldBorder = (a: number, raise?: number): TaskSeed => ({
  code: "TASK-GOLD-BORDER", name_zh: "盘金边", name_en: "Couched gold border", skill: "盘金绣", a, raise,
})
const pouchSewing = (a: number, raise?: number): TaskSeed => ({
  code: "TASK-POUCH-SEW", name_zh: "缝制荷包", name_en: "Pouch sewing", skill: "缝制", a, raise, b_percent: 80,
})

/** Tasks each workshop pays for, by workshop handle. */
const TASKS: Record<string, TaskSeed[]> = {
  "jinxiu-base": [
    fanFace(28, 30),
    goldBorder(12),
    { code: "TASK-MOUNTING", name_zh: "绣片装裱缝制", name_en: "Mounting and finishing", skill: "缝制", a: 8, b_percent: 80 },
  ],
  "dinghu-handicraft": [
    fanFace(26, 28),
    pouchSewing(4.5, 5),
    { code: "TASK-TASSEL", name_zh: "编流苏", name_en: "Tassel knotting", skill: "编结", a: 2.5, b_percent: 80 },
  ],
  "guangning-handicraft": [
    { code: "TASK-BAMBOO-PANEL", name_zh: "竹叶绣片", name_en: "Bamboo-leaf panel", skill: "平绣", a: 8 },
    { code: "TASK-HEMMING", name_zh: "锁边缝制", name_en: "Hemming", skill: "缝制", a: 3, b_percent: 80 },
  ],
  "huaiji-handicraft": [
    { code: "TASK-BUTTERFLY", name_zh: "蝴蝶绣片", name_en: "Butterfly motif", skill: "平绣", a: 6, raise: 6.5 },
    { code: "TASK-ZIP", name_zh: "装拉链", name_en: "Zip fitting", skill: "缝制", a: 2, b_percent: 80 },
    pouchSewing(4.5),
  ],
  "duanzhou-gold": [
    goldBorder(12, 13),
    { code: "TASK-KAPOK-PETAL", name_zh: "木棉花瓣绣片", name_en: "Kapok petal motif", skill: "平绣", a: 5 },
  ],
  "gaoyao-gold": [
    { code: "TASK-CARP-SCALES", name_zh: "鲤鱼鳞片盘金", name_en: "Couched gold carp scales", skill: "盘金绣", a: 22, raise: 24 },
    { code: "TASK-LINING", name_zh: "缝内衬", name_en: "Lining sewing", skill: "缝制", a: 6, b_percent: 80 },
    { code: "TASK-SILVER-RIPPLE", name_zh: "银线水纹", name_en: "Silver-thread ripples", skill: "钉金绣", a: 10 },
  ],
  "sihui-gold": [
    { code: "TASK-SHAWL-CORNER", name_zh: "披肩角绣", name_en: "Shawl corner motif", skill: "平绣", a: 15 },
    { code: "TASK-COLLAR-EDGE", name_zh: "衣领钉金边", name_en: "Couched collar edging", skill: "钉金绣", a: 14, raise: 15 },
    { code: "TASK-CORD", name_zh: "挂绳编结", name_en: "Ornament cord knotting", skill: "编结", a: 1.5, b_percent: 80 },
  ],
}

export type RateRowSeed = { effective_from: string; rate_a: string; rate_b: string }

export type PieceTypeSeed = {
  workshop: string
  code: string
  name_zh: string
  name_en: string
  kind: "product_variant" | "task"
  /** product variants: the variant's SKU (its id is looked up when loading) */
  sku?: string
  skill: Skill
  /** oldest first */
  rates: RateRowSeed[]
}

function rateRows(seed: RateSeed): RateRowSeed[] {
  const row = (from: string, a: number): RateRowSeed => ({
    effective_from: from,
    rate_a: roundMoney(a),
    rate_b: percentOf(a, seed.b_percent ?? 75),
  })
  return seed.raise ? [row(BASE_RATE_FROM, seed.a), row(RAISE_FROM, seed.raise)] : [row(BASE_RATE_FROM, seed.a)]
}

/** Every piece type of every workshop: its products' variants first, then its tasks. */
export function pieceTypeSeeds(): PieceTypeSeed[] {
  const workshops = [...new Set(PRODUCTS.map((p) => p.workshop))]
  return workshops.flatMap((workshop) => [
    ...PRODUCTS.filter((p) => p.workshop === workshop).flatMap((product) =>
      product.variants.map((variant): PieceTypeSeed => {
        const rate = VARIANT_RATES[variant.sku]
        if (!rate) throw new Error(`No piece rate for ${variant.sku}`)
        return {
          workshop,
          code: variant.sku,
          name_zh: `${product.title.zh} · ${variant.value.zh}`,
          name_en: `${product.title.en} · ${variant.value.en}`,
          kind: "product_variant",
          sku: variant.sku,
          skill: rate.skill,
          rates: rateRows(rate),
        }
      })
    ),
    ...(TASKS[workshop] ?? []).map(
      (task): PieceTypeSeed => ({
        workshop,
        code: task.code,
        name_zh: task.name_zh,
        name_en: task.name_en,
        kind: "task",
        skill: task.skill,
        rates: rateRows(task),
      })
    ),
  ])
}
