/** What a coordinator sees of the women in her workshops (not their own goals). */
export const coordinatorArtisanFields = [
  "id",
  "display_name",
  "legal_name",
  "phone",
  "joined_on",
  "left_on",
  "skills",
  "status",
  "public_profile",
  "photo_url",
  "workshop_id",
  "workshop.id",
  "workshop.name_zh",
  "workshop.name_en",
]

export const retrieveCoordinatorArtisanQueryConfig = {
  defaults: coordinatorArtisanFields,
  isList: false,
}

export const listCoordinatorArtisansQueryConfig = {
  ...retrieveCoordinatorArtisanQueryConfig,
  isList: true,
  defaultLimit: 100,
}
