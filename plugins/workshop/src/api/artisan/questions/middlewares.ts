import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoBody } from "../../common-validators"
import { ArtisanAskQuestion, ArtisanListQuestions } from "./validators"

export const artisanQuestionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/artisan/questions", middlewares: [validateAndTransformQuery(ArtisanListQuestions, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/artisan/questions", middlewares: [validateAndTransformBody(ArtisanAskQuestion)] },
  { method: ["POST"], matcher: "/artisan/earnings/:period/confirm", middlewares: [validateAndTransformBody(NoBody)] },
]
