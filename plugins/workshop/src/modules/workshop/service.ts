import { MedusaService } from "@medusajs/framework/utils"
import {
  Artisan,
  Coordinator,
  LedgerEntry,
  Period,
  PieceRate,
  PieceType,
  ProductMaker,
  ProductMakerShare,
  Statement,
  WorkBatch,
  WorkEntry,
  Workshop,
} from "./models"

export class WorkshopModuleService extends MedusaService({
  Workshop,
  Artisan,
  Coordinator,
  PieceType,
  PieceRate,
  WorkEntry,
  WorkBatch,
  LedgerEntry,
  Period,
  Statement,
  ProductMakerShare,
  ProductMaker,
}) {}

export default WorkshopModuleService
