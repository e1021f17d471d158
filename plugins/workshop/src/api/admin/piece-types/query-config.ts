export const adminPieceTypeFields = [
  "id",
  "code",
  "name_zh",
  "name_en",
  "kind",
  "product_variant_id",
  "is_active",
  "required_skill",
  "workshop_id",
  "rates.id",
  "rates.effective_from",
  "rates.rate_a",
  "rates.rate_b",
  "rates.created_by",
  "rates.created_at",
  "created_at",
  "updated_at",
]

export const retrieveAdminPieceTypeQueryConfig = {
  defaults: adminPieceTypeFields,
  isList: false,
}

export const listAdminPieceTypesQueryConfig = {
  ...retrieveAdminPieceTypeQueryConfig,
  isList: true,
  defaultLimit: 50,
}
