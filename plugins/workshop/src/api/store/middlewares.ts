import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeOrdersMiddlewares } from "./orders/middlewares"
import { storeWorkshopsMiddlewares } from "./workshops/middlewares"
import { storeOpeningsMiddlewares } from "./openings/middlewares"
import { storeAwardsMiddlewares } from "./awards/middlewares"
import { storeProductSearchMiddlewares } from "./product-search/middlewares"

export const storeMiddlewares: MiddlewareRoute[] = [...storeWorkshopsMiddlewares, ...storeOrdersMiddlewares, ...storeOpeningsMiddlewares, ...storeAwardsMiddlewares, ...storeProductSearchMiddlewares]
