import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listApplicationsFor } from "../../admin/applications/handlers"
import type { ListApplicationsType } from "../../admin/applications/validators"
import { coordinatorWorkshopFilter } from "../scope"

/** GET /coordinator/applications?workshop_id=&opening_id=&status=: applications to her workshops' openings. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as ListApplicationsType
  await listApplicationsFor(req, res, await coordinatorWorkshopFilter(req, q.workshop_id))
}
