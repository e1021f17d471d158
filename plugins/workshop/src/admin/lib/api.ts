import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** What the plugin's admin routes answer (see src/api/admin/**). */
export type Workshop = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  city_zh: string
  city_en: string
  district_zh: string | null
  district_en: string | null
  story_zh: string | null
  story_en: string | null
  founded_year: number | null
  is_active: boolean
}

export type ArtisanStatus = "active" | "paused" | "left"

export type Artisan = {
  id: string
  display_name: string
  legal_name: string
  phone: string
  joined_on: string
  skills: string[] | null
  status: ArtisanStatus
  public_profile: boolean
  story_zh: string | null
  story_en: string | null
  photo_url: string | null
  monthly_goal: string | number | null
  workshop_id: string
  workshop?: { id: string; handle: string; name_zh: string; name_en: string }
}

export type Coordinator = {
  id: string
  email: string
  name: string
  phone: string | null
  workshops: { id: string; handle: string; name_zh: string; name_en: string }[]
}

export type PieceRate = { id: string; effective_from: string; rate_a: string | number; rate_b: string | number; created_at?: string }

export type PieceType = {
  id: string
  code: string
  name_zh: string
  name_en: string
  kind: "task" | "product_variant"
  product_variant_id: string | null
  is_active: boolean
  workshop_id: string
  rates: PieceRate[]
  current_rate: { effective_from: string; rate_a: string | number; rate_b: string | number } | null
}

/** A month on the periods list (GET /admin/periods answers the report as it is). */
export type { PeriodOverview } from "../../modules/workshop/reports/periods-overview"

export const keys = {
  workshops: ["jinxiu", "workshops"] as const,
  artisans: ["jinxiu", "artisans"] as const,
  coordinators: ["jinxiu", "coordinators"] as const,
  pieceTypes: ["jinxiu", "piece-types"] as const,
  periods: ["jinxiu", "periods"] as const,
  summary: ["jinxiu", "workshop-summary"] as const,
  makers: ["jinxiu", "product-makers"] as const,
}

/** All workshops (there are a handful), sorted by handle. */
export function useWorkshops() {
  return useQuery({
    queryKey: keys.workshops,
    queryFn: () =>
      sdk.client.fetch<{ workshops: Workshop[]; count: number }>("/admin/workshops", {
        query: { limit: 500, order: "handle" },
      }),
  })
}

/** A workshop's two names as one label: Chinese first. */
export const workshopLabel = (w: { name_zh: string; name_en: string } | undefined | null) =>
  w ? `${w.name_zh}` : "—"
