import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WORKSHOP_MODULE } from ".."
import * as models from "../models"
import { LedgerSqlRepository } from "../repositories/ledger-sql"
import { PayoutSqlRepository } from "../repositories/payout-sql"
import { PeriodSqlRepository } from "../repositories/period-sql"
import { StatementQuestionSqlRepository } from "../repositories/statement-question-sql"
import { WorkBatchSqlRepository } from "../repositories/work-batch-sql"
import { TrainingSqlRepository } from "../repositories/training-sql"
import { ApplicationSqlRepository } from "../repositories/application-sql"
import { ProductSearchSqlRepository } from "../repositories/product-search-sql"
import type { WorkshopModuleService } from "../service"

/**
 * The money paths insert rows with raw SQL and explicit column lists. When a model gains or loses
 * a column, the repository that writes its table must say what happens to it: this test fails
 * until the columns it writes plus the ones it leaves untouched are exactly the table's columns.
 */
moduleIntegrationTestRunner<WorkshopModuleService>({
  moduleName: WORKSHOP_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/workshop",
  pathToMigrations: "./src/modules/workshop/migrations",
  testSuite: ({ MikroOrmWrapper }) => {
    const repositories = { WorkBatchSqlRepository, LedgerSqlRepository, PeriodSqlRepository, PayoutSqlRepository, StatementQuestionSqlRepository, TrainingSqlRepository, ApplicationSqlRepository, ProductSearchSqlRepository }

    it.each(Object.entries(repositories).flatMap(([name, repo]) => repo.inserts.map((shape) => [name, shape.table, shape] as const)))(
      "%s writes %s with a column list that matches the table",
      async (_name, table, shape) => {
        const rows = (await MikroOrmWrapper.forkManager().execute(
          `select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? order by column_name`,
          [table]
        )) as { column_name: string }[]
        const actual = rows.map((r) => r.column_name).sort()
        expect(actual.length).toBeGreaterThan(0)
        const declared = [...shape.columns, ...shape.untouched].sort()
        expect(new Set(declared).size).toBe(declared.length)
        expect(declared).toEqual(actual)
      }
    )
  },
})
