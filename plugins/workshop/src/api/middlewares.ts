import { defineMiddlewares } from "@medusajs/framework/http"
import { storeWorkshopsMiddlewares } from "./store/workshops/middlewares"

export default defineMiddlewares({
  routes: [...storeWorkshopsMiddlewares],
})
