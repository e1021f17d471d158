/** What the workshop plugin's /coordinator/* routes answer, as the desk uses it. */
export type Money = string | number;

export type DeskWorkshop = { id: string; handle: string; name_zh: string; name_en: string; is_active?: boolean };

export type Coordinator = { id: string; email: string; name: string; workshops: DeskWorkshop[] };

export type DeskArtisan = {
  id: string;
  display_name: string;
  workshop_id: string;
  status: "active" | "paused" | "left";
  joined_on: string;
};

export type PieceRate = { effective_from: string; rate_a: Money; rate_b: Money };

export type PieceType = {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  workshop_id: string;
  rates: PieceRate[];
  current_rate: PieceRate | null;
};

export type WorkEntry = {
  id: string;
  artisan_id: string;
  workshop_id: string;
  piece_type_id: string;
  quantity: number;
  grade: "A" | "B" | "R";
  work_date: string;
  period: string;
  rate: Money;
  amount: Money;
  batch_id: string;
  line_index: number;
  reversed_at: string | null;
  reversal_reason: string | null;
  created_at: string;
};

export type ArtisanMonthRow = {
  artisan_id: string;
  display_name: string;
  workshop_id: string;
  status: string;
  pieces_a: number;
  pieces_b: number;
  pieces_r: number;
  piecework: string;
  net: string;
  work_days: number;
};

export type MonthSummary = { month: string; status: "open" | "closed" | "paid"; artisans: ArtisanMonthRow[] };
