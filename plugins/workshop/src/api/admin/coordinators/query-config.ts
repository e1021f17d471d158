export const adminCoordinatorFields = [
  "id",
  "email",
  "name",
  "phone",
  "workshops.id",
  "workshops.handle",
  "workshops.name_zh",
  "workshops.name_en",
  "created_at",
  "updated_at",
]

export const retrieveAdminCoordinatorQueryConfig = {
  defaults: adminCoordinatorFields,
  isList: false,
}

export const listAdminCoordinatorsQueryConfig = {
  ...retrieveAdminCoordinatorQueryConfig,
  isList: true,
  defaultLimit: 50,
}
