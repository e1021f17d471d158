import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PieceTypeKind = "product_variant" | "task"

export type PieceTypeShape = {
  kind?: PieceTypeKind
  product_variant_id?: string | null
}

export const validatePieceTypesStepId = "validate-piece-types-step"

/**
 * A piece type that is a finished product names the product variant it is (which must exist);
 * a task names none. Refuses with 400 naming the field; writes nothing.
 */
export const validatePieceTypesStep = createStep(
  validatePieceTypesStepId,
  async (pieceTypes: PieceTypeShape[], { container }) => {
    for (const pieceType of pieceTypes) {
      const kind = pieceType.kind ?? "task"
      if (kind === "product_variant" && !pieceType.product_variant_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "product_variant_id: 成品计件需要指定商品款式 / required when kind is product_variant"
        )
      }
      if (kind === "task" && pieceType.product_variant_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "product_variant_id: 工序计件不关联商品 / must be empty when kind is task"
        )
      }
    }
    const variantIds = [...new Set(pieceTypes.map((p) => p.product_variant_id).filter((id): id is string => !!id))]
    if (variantIds.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { id: variantIds } })
      const known = new Set(data.map((v: { id: string }) => v.id))
      const missing = variantIds.filter((id) => !known.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `product_variant_id: 商品款式不存在 / no product variant with id ${missing.join(", ")}`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
