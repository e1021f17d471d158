import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { coordinatorNoticesMiddlewares } from "./notices/middlewares"
import { coordinatorWorkEntriesMiddlewares } from "./work-entries/middlewares"
import { coordinatorArtisansMiddlewares } from "./artisans/middlewares"
import { coordinatorPieceTypesMiddlewares } from "./piece-types/middlewares"
import { coordinatorQuestionsMiddlewares } from "./questions/middlewares"
import { coordinatorStatementsMiddlewares } from "./statements/middlewares"
import { coordinatorApplicationsMiddlewares } from "./applications/middlewares"
import { coordinatorTrainingSessionsMiddlewares } from "./training-sessions/middlewares"

export const coordinatorMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/coordinator*",
    middlewares: [authenticate("coordinator", ["bearer"])],
  },
  ...coordinatorNoticesMiddlewares,
  ...coordinatorWorkEntriesMiddlewares,
  ...coordinatorArtisansMiddlewares,
  ...coordinatorPieceTypesMiddlewares,
  ...coordinatorQuestionsMiddlewares,
  ...coordinatorStatementsMiddlewares,
  ...coordinatorApplicationsMiddlewares,
  ...coordinatorTrainingSessionsMiddlewares,
]
