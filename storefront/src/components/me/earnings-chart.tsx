"use client";

import { axisAmount } from "@jinxiu/workshop/domain/money";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type ChartMonth = {
  /** short month label in her language: "10月" / "Oct" */
  label: string;
  /** net for the month in yuan (only to draw the bar; the exact figures are in the list) */
  yuan: number;
  current: boolean;
};

/** Her last 12 months as bars; this month in red, the others in gold. */
export default function EarningsChart({ months, locale }: { months: ChartMonth[]; locale: string }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={months} margin={{ top: 8, right: 4, bottom: 0, left: -8 }}>
        <CartesianGrid vertical={false} stroke="#eddcb6" strokeDasharray="3 3" />
        <XAxis dataKey="label" tickLine={false} axisLine={false} interval={0} tick={{ fontSize: 11, fill: "#65574f" }} />
        {/* large amounts read as 1万, 2万 (10K, 20K in English) */}
        <YAxis tickLine={false} axisLine={false} width={44} tick={{ fontSize: 11, fill: "#65574f" }} tickFormatter={(yuan: number) => axisAmount(yuan, locale)} />
        <Bar dataKey="yuan" radius={[4, 4, 0, 0]} isAnimationActive={false}>
          {months.map((m) => (
            <Cell key={m.label} fill={m.current ? "#8c1c26" : "#c9a15a"} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
