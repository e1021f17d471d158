export const adminWorkshopFields = [
  "id",
  "handle",
  "name_zh",
  "name_en",
  "city_zh",
  "city_en",
  "district_zh",
  "district_en",
  "story_zh",
  "story_en",
  "founded_year",
  "is_active",
  "mama_post_features",
  "created_at",
  "updated_at",
]

export const retrieveAdminWorkshopQueryConfig = {
  defaults: adminWorkshopFields,
  isList: false,
}

export const listAdminWorkshopsQueryConfig = {
  ...retrieveAdminWorkshopQueryConfig,
  isList: true,
  defaultLimit: 50,
}
