import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminPieceTypesQueryConfig, retrieveAdminPieceTypeQueryConfig } from "./query-config"
import {
  AdminCreatePieceRate,
  AdminCreatePieceType,
  AdminGetPieceTypeParams,
  AdminGetPieceTypesParams,
  AdminUpdatePieceType,
} from "./validators"

export const adminPieceTypesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/piece-types",
    middlewares: [validateAndTransformQuery(AdminGetPieceTypesParams, listAdminPieceTypesQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/piece-types",
    middlewares: [
      validateAndTransformBody(AdminCreatePieceType),
      validateAndTransformQuery(AdminGetPieceTypeParams, retrieveAdminPieceTypeQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/piece-types/:id",
    middlewares: [validateAndTransformQuery(AdminGetPieceTypeParams, retrieveAdminPieceTypeQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/piece-types/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdatePieceType),
      validateAndTransformQuery(AdminGetPieceTypeParams, retrieveAdminPieceTypeQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/piece-types/:id/rates",
    middlewares: [
      validateAndTransformBody(AdminCreatePieceRate),
      validateAndTransformQuery(AdminGetPieceTypeParams, retrieveAdminPieceTypeQueryConfig),
    ],
  },
]
