import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminAdjustmentsMiddlewares } from "./adjustments/middlewares"
import { adminPeriodsMiddlewares } from "./periods/middlewares"
import { adminPayoutsMiddlewares } from "./payouts/middlewares"
import { adminQuestionsMiddlewares } from "./questions/middlewares"
import { adminPayoutRunsMiddlewares } from "./payout-runs/middlewares"
import { adminStatementsMiddlewares } from "./statements/middlewares"
import { adminProductMakersMiddlewares } from "./products/middlewares"
import { adminArtisansMiddlewares } from "./artisans/middlewares"
import { adminCoordinatorsMiddlewares } from "./coordinators/middlewares"
import { adminPieceTypesMiddlewares } from "./piece-types/middlewares"
import { adminWorkshopsMiddlewares } from "./workshops/middlewares"
import { adminWorkshopSummaryMiddlewares } from "./workshop-summary/middlewares"
import { adminOpeningsMiddlewares } from "./openings/middlewares"
import { adminApplicationsMiddlewares } from "./applications/middlewares"
import { adminSkillsMiddlewares } from "./skills/middlewares"
import { adminTrainingSessionsMiddlewares } from "./training-sessions/middlewares"
import { adminAwardsMiddlewares } from "./awards/middlewares"

/** Medusa already authenticates every /admin/* route as an admin user. */
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminPeriodsMiddlewares,
  ...adminStatementsMiddlewares,
  ...adminPayoutsMiddlewares,
  ...adminQuestionsMiddlewares,
  ...adminPayoutRunsMiddlewares,
  ...adminAdjustmentsMiddlewares,
  ...adminProductMakersMiddlewares,
  ...adminWorkshopsMiddlewares,
  ...adminArtisansMiddlewares,
  ...adminCoordinatorsMiddlewares,
  ...adminPieceTypesMiddlewares,
  ...adminWorkshopSummaryMiddlewares,
  ...adminOpeningsMiddlewares,
  ...adminApplicationsMiddlewares,
  ...adminSkillsMiddlewares,
  ...adminTrainingSessionsMiddlewares,
  ...adminAwardsMiddlewares,
]
