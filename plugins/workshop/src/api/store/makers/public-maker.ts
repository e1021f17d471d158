type ArtisanLike = {
  id: string
  display_name: string
  joined_on: string
  skills?: unknown
  public_profile: boolean
  story_zh?: string | null
  story_en?: string | null
  photo_url?: string | null
}
type WorkshopLike = { id: string; handle: string; name_zh: string; name_en: string }

/**
 * What the shop may show of a maker, and only while she consents to a public profile: her
 * display name, workshop, year joined, skills, story and photo. Never her legal name, phone or
 * earnings.
 */
export function publicMaker(artisan: ArtisanLike, workshop: WorkshopLike) {
  return {
    id: artisan.id,
    display_name: artisan.display_name,
    joined_year: Number(artisan.joined_on.slice(0, 4)),
    skills: Array.isArray(artisan.skills) ? artisan.skills : [],
    story_zh: artisan.story_zh ?? null,
    story_en: artisan.story_en ?? null,
    photo_url: artisan.photo_url ?? null,
    workshop: { id: workshop.id, handle: workshop.handle, name_zh: workshop.name_zh, name_en: workshop.name_en },
  }
}
