/** What the workshop plugin's /artisan/* routes answer, as the income pages use it. */
export type ArtisanProfile = {
  id: string;
  display_name: string;
  monthly_goal: number | string | null;
  photo_url: string | null;
  workshop: { id: string; handle: string; name_zh: string; name_en: string } | null;
};

export type StatementStatus = "open" | "closed" | "paid";

export type MonthTotals = {
  period: string;
  piecework: string;
  sale_share: string;
  bonus: string;
  deduction: string;
  reversal: string;
  net: string;
  entry_count: number;
  status: StatementStatus;
  paid_at: string | null;
  payment_reference: string | null;
};

export type EarningLine = {
  id: string;
  kind: "piecework" | "sale_share" | "bonus" | "deduction" | "reversal" | string;
  amount: string;
  created_at: string;
  reason: string | null;
  reverses_id: string | null;
  work_entry: {
    id: string;
    work_date: string;
    quantity: number;
    grade: "A" | "B" | "R";
    rate: string;
    piece_type: { id: string; code: string; name_zh: string; name_en: string };
  } | null;
  sale: {
    product_id: string | null;
    product_title: string | null;
    thumbnail: string | null;
    quantity: number | null;
    order_display_id: number | null;
  } | null;
};

export type MonthDetail = {
  period: string;
  totals: MonthTotals | null;
  statement: { period: string; paid_at: string | null; payment_reference: string | null } | null;
  entries: EarningLine[];
};
