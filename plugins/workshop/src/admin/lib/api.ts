import { useQuery } from "@tanstack/react-query"
import type { Workshop } from "../../domain"
import { sdk } from "./sdk"

/** What the plugin's admin routes answer: the shapes live in the domain (src/domain/http.ts). */
export type { Artisan, ArtisanStatus, Coordinator, PieceRate, PieceType, Workshop } from "../../domain"

/** A month on the periods list (GET /admin/periods answers the report as it is). */
export type { PeriodOverview } from "../../modules/workshop/reports/periods-overview"

export const keys = {
  workshops: ["jinxiu", "workshops"] as const,
  artisans: ["jinxiu", "artisans"] as const,
  coordinators: ["jinxiu", "coordinators"] as const,
  pieceTypes: ["jinxiu", "piece-types"] as const,
  periods: ["jinxiu", "periods"] as const,
  questions: ["jinxiu", "questions"] as const,
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
