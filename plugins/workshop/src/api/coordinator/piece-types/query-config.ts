export const coordinatorPieceTypeFields = [
  "id",
  "code",
  "name_zh",
  "name_en",
  "kind",
  "product_variant_id",
  "workshop_id",
  "required_skill",
  "rates.id",
  "rates.effective_from",
  "rates.rate_a",
  "rates.rate_b",
]

export const listCoordinatorPieceTypesQueryConfig = {
  defaults: coordinatorPieceTypeFields,
  isList: true,
  defaultLimit: 200,
}
