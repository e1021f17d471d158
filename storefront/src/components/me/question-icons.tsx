import type { SVGProps } from "react";
import type { QuestionReason } from "@jinxiu/workshop/domain/statement-questions";

/** The four reasons' icons (always shown with their word): 24x24 line icons in the current colour. */
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Icon({ size = 28, children, ...props }: IconProps & { children: React.ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      {children}
    </svg>
  );
}

/** quantity wrong: a stack of pieces */
const QuantityIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="4" y="14" width="16" height="5" rx="1" />
    <rect x="6" y="8" width="12" height="5" rx="1" />
    <path d="M9 5h6" />
  </Icon>
);
/** grade wrong: a star */
const GradeIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m12 3 2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z" />
  </Icon>
);
/** missing work: a page with a plus */
const MissingIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 3h9l3 3v15H6z" />
    <path d="M12 10v6M9 13h6" />
  </Icon>
);
/** something else: a question mark */
const OtherIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14" />
    <path d="M12 17.5h.01" />
  </Icon>
);

export const REASON_ICON: Record<QuestionReason, (p: IconProps) => React.ReactElement> = {
  quantity_wrong: QuantityIcon,
  grade_wrong: GradeIcon,
  missing_work: MissingIcon,
  other: OtherIcon,
};
