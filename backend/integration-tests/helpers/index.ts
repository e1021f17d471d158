export { adminHeaders, ADMIN_PASSWORD } from "./admin"
export { customerHeaders, publishableKeyHeaders, CUSTOMER_PASSWORD } from "./store"
export { createWorkshop, createPieceType, DEFAULT_PIECE_RATE } from "./workshops"
export {
  createArtisan,
  createCoordinator,
  loginArtisan,
  loginCoordinator,
  ARTISAN_PASSWORD,
  COORDINATOR_PASSWORD,
} from "./people"
export { uniqueMobile, uniqueSuffix } from "./unique"
export type { TestApi, RequestConfig, ApiResponse } from "./types"
