import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeOrdersMiddlewares } from "./orders/middlewares"
import { storeWorkshopsMiddlewares } from "./workshops/middlewares"

export const storeMiddlewares: MiddlewareRoute[] = [...storeWorkshopsMiddlewares, ...storeOrdersMiddlewares]
