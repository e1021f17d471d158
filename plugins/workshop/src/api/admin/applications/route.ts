import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApplicationsFor } from "./handlers"
import type { ListApplicationsType } from "./validators"

/** GET /admin/applications?workshop_id=&opening_id=&status=: applications, newest first, with their history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as ListApplicationsType
  await listApplicationsFor(req, res, q.workshop_id)
}
