export const storeWorkshopFields = [
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
]

export const listStoreWorkshopsQueryConfig = {
  defaults: storeWorkshopFields,
  isList: true,
  defaultLimit: 50,
}
