/**
 * Who makes each product, and the share of each online sale credited to them (split by weight).
 * Makers come from the product's workshop (see people.ts, phones 138000000NN).
 */
export type MakersSeed = {
  /** product handle (catalog.ts) */
  product: string
  share_percent: number
  makers: { phone: string; weight: number }[]
}

const m = (n: number, weight: number) => ({ phone: `+86138000000${String(n).padStart(2, "0")}`, weight })

export const PRODUCT_MAKERS: MakersSeed[] = [
  { product: "phoenix-folding-fan", share_percent: 20, makers: [m(1, 2), m(8, 1)] },
  { product: "crane-cloud-frame", share_percent: 25, makers: [m(2, 2), m(3, 1)] },
  { product: "peony-round-fan", share_percent: 20, makers: [m(9, 2), m(12, 1)] },
  { product: "lotus-scent-pouch", share_percent: 15, makers: [m(10, 1), m(14, 1)] },
  { product: "plum-blossom-cushion", share_percent: 18, makers: [m(17, 2), m(19, 1)] },
  { product: "bamboo-table-runner", share_percent: 22, makers: [m(15, 2), m(18, 1), m(20, 1)] },
  { product: "butterfly-coin-purse", share_percent: 18, makers: [m(21, 2), m(24, 1)] },
  { product: "lotus-bookmark", share_percent: 15, makers: [m(27, 1)] },
  { product: "phoenix-peony-frame", share_percent: 30, makers: [m(29, 2), m(28, 1)] },
  { product: "kapok-brooch", share_percent: 20, makers: [m(31, 1), m(33, 1)] },
  { product: "carp-lotus-clutch", share_percent: 25, makers: [m(34, 2), m(35, 2), m(38, 1)] },
  { product: "cloud-collar", share_percent: 22, makers: [m(41, 2), m(43, 1)] },
  { product: "butterfly-silk-scarf", share_percent: 20, makers: [m(40, 1), m(44, 1)] },
  { product: "carp-lucky-ornament", share_percent: 15, makers: [m(45, 1)] },
]
