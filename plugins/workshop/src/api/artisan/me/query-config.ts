/** What an artisan sees of herself. */
export const artisanProfileFields = [
  "id",
  "display_name",
  "joined_on",
  "status",
  "monthly_goal",
  "public_profile",
  "skills",
  "story_zh",
  "story_en",
  "photo_url",
  "workshop.id",
  "workshop.handle",
  "workshop.name_zh",
  "workshop.name_en",
  "workshop.city_zh",
  "workshop.city_en",
]
