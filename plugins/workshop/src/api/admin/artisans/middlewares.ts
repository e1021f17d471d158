import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoBody, NoQuery } from "../../common-validators"
import { listAdminArtisansQueryConfig, retrieveAdminArtisanQueryConfig } from "./query-config"
import { AdminCreateArtisan, AdminGetArtisanParams, AdminGetArtisansParams, AdminSetPayoutDetails, AdminUpdateArtisan } from "./validators"
import { AdminCreateAdvance } from "./advance-validators"

export const adminArtisansMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/artisans",
    middlewares: [validateAndTransformQuery(AdminGetArtisansParams, listAdminArtisansQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/artisans",
    middlewares: [
      validateAndTransformBody(AdminCreateArtisan),
      validateAndTransformQuery(AdminGetArtisanParams, retrieveAdminArtisanQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/artisans/:id",
    middlewares: [validateAndTransformQuery(AdminGetArtisanParams, retrieveAdminArtisanQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/artisans/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateArtisan),
      validateAndTransformQuery(AdminGetArtisanParams, retrieveAdminArtisanQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/artisans/:id/reset-password",
    middlewares: [validateAndTransformBody(NoBody)],
  },
  // her payout details, unmasked: the one admin route that shows them whole (and edits them)
  {
    method: ["GET"],
    matcher: "/admin/artisans/:id/payout-details",
    middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/artisans/:id/payout-details",
    middlewares: [validateAndTransformBody(AdminSetPayoutDetails), validateAndTransformQuery(NoQuery, { defaults: [], isList: false })],
  },
  // advances paid to her ahead of her earnings, recovered from her next statements
  {
    method: ["GET"],
    matcher: "/admin/artisans/:id/advances",
    middlewares: [validateAndTransformQuery(NoQuery, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/artisans/:id/advances",
    middlewares: [validateAndTransformBody(AdminCreateAdvance), validateAndTransformQuery(NoQuery, { defaults: [], isList: false })],
  },
]
