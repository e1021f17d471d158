import type { MedusaRequest } from "@medusajs/framework/http"
import { workshopMonth } from "../../../lib/clock"
import { MAMA_POST_FEATURES, type MamaPostFeature, type PayRange } from "../../../domain/programme"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"

type OpeningRecord = Awaited<ReturnType<WorkshopModuleService["listOpenings"]>>[number]
type WorkshopRecord = Awaited<ReturnType<WorkshopModuleService["listWorkshops"]>>[number]

/** A workshop's mama-post features as stored, keeping only known ones, in the domain's order. */
export function mamaPostFeatures(stored: unknown): MamaPostFeature[] {
  const list = Array.isArray(stored) ? stored : []
  return MAMA_POST_FEATURES.filter((f) => list.includes(f))
}

export type PublicOpening = ReturnType<typeof publicOpening>

export type OpeningWork = { id: string; name_zh: string; name_en: string }

/** What the shop shows of an opening: its work, place, hours, its workshop and features, and the pay read from the ledger. */
export function publicOpening(opening: OpeningRecord, workshop: WorkshopRecord, pay: PayRange | null, work: OpeningWork[] = []) {
  return {
    id: opening.id,
    title_zh: opening.title_zh,
    title_en: opening.title_en,
    description_zh: opening.description_zh,
    description_en: opening.description_en,
    place: opening.place,
    district_zh: opening.district_zh,
    district_en: opening.district_en,
    town_zh: opening.town_zh,
    town_en: opening.town_en,
    hours_zh: opening.hours_zh,
    hours_en: opening.hours_en,
    positions: opening.positions,
    status: opening.status,
    workshop: { id: workshop.id, handle: workshop.handle, name_zh: workshop.name_zh, name_en: workshop.name_en },
    features: mamaPostFeatures(workshop.mama_post_features),
    /** the work: the piece types it needs, by name */
    work,
    pay,
  }
}

/** Openings with their active workshops and pay (an opening of an inactive workshop is not shown). */
export async function publicOpenings(req: MedusaRequest, openings: OpeningRecord[]): Promise<PublicOpening[]> {
  if (!openings.length) return []
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const workshops = await service.listWorkshops({ id: [...new Set(openings.map((o) => o.workshop_id))], is_active: true })
  const byId = new Map(workshops.map((w) => [w.id, w]))
  const shown = openings.filter((o) => byId.has(o.workshop_id))
  const pieceTypeIds = (o: OpeningRecord) => (o.piece_type_ids as unknown as string[]) ?? []
  const [pay, pieceTypes] = await Promise.all([
    service.openingPayRanges(shown.map((o) => ({ id: o.id, piece_type_ids: pieceTypeIds(o) })), workshopMonth()),
    service.listPieceTypes({ id: [...new Set(shown.flatMap(pieceTypeIds))] }, { select: ["id", "name_zh", "name_en"] }),
  ])
  const work = new Map(pieceTypes.map((p) => [p.id, { id: p.id, name_zh: p.name_zh, name_en: p.name_en }]))
  return shown.map((o) =>
    publicOpening(o, byId.get(o.workshop_id)!, pay[o.id] ?? null, pieceTypeIds(o).flatMap((id) => (work.has(id) ? [work.get(id)!] : [])))
  )
}
