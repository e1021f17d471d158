import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { coordinatorWorkEntriesMiddlewares } from "./work-entries/middlewares"
import { coordinatorArtisansMiddlewares } from "./artisans/middlewares"
import { coordinatorPieceTypesMiddlewares } from "./piece-types/middlewares"

export const coordinatorMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/coordinator*",
    middlewares: [authenticate("coordinator", ["bearer"])],
  },
  ...coordinatorWorkEntriesMiddlewares,
  ...coordinatorArtisansMiddlewares,
  ...coordinatorPieceTypesMiddlewares,
]
