import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent } from "../../core/evaluation/counts";
import type { Lang } from "../../core/rules/types";
import type { CriterionCell, EvaluationSummary } from "../evaluation-summary";
import { T } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  headline: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  level: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  meta: { color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  th: { textAlign: "start", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: `0 ${tokens.spacingHorizontalXS}` },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top", borderTop: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: "nowrap" },
  rowHead: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  barCell: { width: "40%", minWidth: "60px" },
  track: { height: "8px", marginTop: "6px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  split: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  gap: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The criterion's cell, a link that selects it in Excel; its code alone when its row is missing. */
function CriterionLink({ lang, item, busy, onReveal }: { lang: Lang; item: CriterionCell; busy: boolean; onReveal: (cell: string) => void }) {
  if (!item.cell) return <Text weight="semibold">{T.criterionN[lang](item.criterion)}</Text>;
  return (
    <Link as="button" onClick={() => onReveal(item.cell!)} disabled={busy} aria-label={T.criterionCell[lang]({ c: item.criterion, cell: item.cell })}>
      {T.criterionN[lang](item.criterion)}
    </Link>
  );
}

/**
 * The self-evaluation at a glance: the school's level as a headline, the criteria reaching each level
 * as a table with bars, the national-standard line, and what the next level needs — each criterion a
 * link to its row.
 */
export function EvaluationView({ lang, summary, busy, onReveal }: { lang: Lang; summary: EvaluationSummary; busy: boolean; onReveal: (cell: string) => void }) {
  const styles = useStyles();
  if (summary.level === undefined)
    return (
      <div className={styles.root} id="evaluation-result">
        <Text as="p">{summary.problem?.[lang] ?? T.noEvaluation[lang]}</Text>
      </div>
    );
  const tally = (t: { reached: number; of: number }) => `${t.reached}/${t.of}`;
  return (
    <div className={styles.root} id="evaluation-result">
      <div className={styles.headline}>
        <Text className={styles.meta}>{T.schoolLevel[lang]}</Text>
        <span id="school-level" className={styles.level}>{summary.levelName![lang]}</span>
        <Text size={200} className={styles.meta}>
          {T.evaluatedSheet[lang](summary.sheet)}
        </Text>
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{T.countsCaption[lang]}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {T.colLevel[lang]}
            </th>
            <th scope="col" className={styles.th}>
              {T.colReached[lang]}
            </th>
            <th scope="col" className={styles.th}>
              {T.colPercent[lang]}
            </th>
            <th scope="col" className={styles.th}>
              <span aria-hidden="true" />
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.level} data-level={r.level}>
              <th scope="row" className={`${styles.td} ${styles.rowHead}`}>{`Mức ${r.level}`}</th>
              <td className={styles.td}>
                {tally(r)}
                {r.mandatory && r.others && <span className={styles.split}>{T.mandatorySplit[lang]({ m: tally(r.mandatory), o: tally(r.others) })}</span>}
              </td>
              <td className={styles.td}>{formatPercent(r.percent, lang)}</td>
              <td className={`${styles.td} ${styles.barCell}`} aria-hidden="true">
                <div className={styles.track}>
                  <div className={styles.bar} style={{ width: `${Math.min(100, r.percent)}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.nationalStandard && <Text as="p">{summary.nationalStandard[lang]}</Text>}
      {summary.next !== null && (summary.gap.length > 0 || summary.otherNeeds.length > 0) && (
        <section aria-labelledby="gap-title">
          <h3 id="gap-title" className={styles.subtitle}>
            {T.gapTitle[lang](summary.next)}
          </h3>
          <ul className={styles.gap}>
            {summary.gap.map((g) => (
              <li key={g.criterion} data-criterion={g.criterion}>
                <CriterionLink lang={lang} item={g} busy={busy} onReveal={onReveal} />
                {` ${T.needsLevel[lang](g.needs)} (${T.nowLevel[lang](g.current)})`}
              </li>
            ))}
            {summary.otherNeeds.map((n, i) => (
              <li key={`other-${i}`}>
                {n.text[lang]}
                {n.criteria.length > 0 && " "}
                {n.criteria.map((c, j) => (
                  <span key={c.criterion}>
                    {j > 0 && ", "}
                    <CriterionLink lang={lang} item={c} busy={busy} onReveal={onReveal} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.findings.errors + summary.findings.warnings > 0 && <p className={styles.note}>{T.evaluationFindings[lang](summary.findings)}</p>}
      {summary.notes.map((n, i) => (
        <p key={i} className={styles.note}>
          {n[lang]}
        </p>
      ))}
    </div>
  );
}
