export const adminArtisanFields = [
  "id",
  "display_name",
  "legal_name",
  "phone",
  "joined_on",
  "left_on",
  "skills",
  "status",
  "public_profile",
  "story_zh",
  "story_en",
  "photo_url",
  "monthly_goal",
  "workshop_id",
  "workshop.id",
  "workshop.handle",
  "workshop.name_zh",
  "workshop.name_en",
  "created_at",
  "updated_at",
]

export const retrieveAdminArtisanQueryConfig = {
  defaults: adminArtisanFields,
  isList: false,
}

export const listAdminArtisansQueryConfig = {
  ...retrieveAdminArtisanQueryConfig,
  isList: true,
  defaultLimit: 50,
}
