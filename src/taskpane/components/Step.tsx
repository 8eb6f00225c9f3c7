import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  divided: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalL },
  heading: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  number: {
    flexShrink: 0,
    width: "22px",
    height: "22px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** One numbered step of the pane's work: "① Tạo kế hoạch", read as "Bước 1: Tạo kế hoạch". */
export function Step({ id, number, label, title, divided, children }: { id: string; number?: number; label?: string; title: string; divided?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={mergeClasses(styles.step, divided && styles.divided)}>
      <h2 id={`${id}-title`} className={styles.heading}>
        {number !== undefined && (
          <>
            <span className={styles.number} aria-hidden="true">
              {number}
            </span>
            <span className={styles.hidden}>{`${label}: `}</span>
          </>
        )}
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Text only screen readers read. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <span className={styles.hidden}>{children}</span>;
}
