import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeWorkshopsMiddlewares } from "./workshops/middlewares"

export const storeMiddlewares: MiddlewareRoute[] = [...storeWorkshopsMiddlewares]
