import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCoordinatorWorkflow } from "../../../workflows/create-coordinator"
import { refetchCoordinator } from "./helpers"
import type { AdminCreateCoordinatorType, AdminGetCoordinatorsParamsType } from "./validators"

/** GET /admin/coordinators */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCoordinatorsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: coordinators, metadata } = await query.graph({
    entity: "coordinator",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ coordinators, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/** POST /admin/coordinators: register a coordinator, her workshops and her e-mail + password login. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCoordinatorType>, res: MedusaResponse) => {
  const { password, ...coordinator } = req.validatedBody
  const { result } = await createCoordinatorWorkflow(req.scope).run({ input: { coordinator, password } })
  res.status(200).json({ coordinator: await refetchCoordinator(result.id, req.scope, req.queryConfig.fields) })
}
