import { Badge, Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Diagnostic, Lang, Severity } from "../../core/rules/types";
import type { Validation } from "../../core/validate/validate";
import { setLabel } from "../../core/standards/sets";
import { T } from "../i18n";

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  entry: { padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  preview: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** Rows not filled in are one collapsible line (a fresh template has one per criterion). */
const ONE_LINE_RULE = "required/unfilled";

interface Group {
  key: string;
  title: string;
  items: Diagnostic[];
}

/** Findings grouped by standard, then criterion, in sheet order within each. */
function groups(diagnostics: Diagnostic[], lang: Lang): Group[] {
  const out = new Map<string, Group>();
  for (const d of diagnostics) {
    const code = d.criterion ?? d.criteria?.[0];
    const standard = d.standard ?? (code ? Number(code.split(".")[0]) : undefined);
    const key = standard === undefined ? "general" : `s${standard}`;
    if (!out.has(key)) out.set(key, { key, title: standard === undefined ? T.general[lang] : T.standardN[lang](standard), items: [] });
    out.get(key)!.items.push(d);
  }
  return [...out.values()];
}

interface Props {
  lang: Lang;
  validation: Validation;
  busy: boolean;
  onReveal: (cell: string, diagnostic: Diagnostic) => void;
  onFix: (diagnostics: Diagnostic[]) => void;
}

export function Results({ lang, validation, busy, onReveal, onFix }: Props) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState<Diagnostic[] | null>(null);
  const { summary, diagnostics } = validation;
  const fixableByRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) if (d.fix) fixableByRule.set(d.rule, [...(fixableByRule.get(d.rule) ?? []), d]);
  const severityText: Record<Severity, string> = { error: T.error[lang], warning: T.warning[lang], info: T.info[lang] };
  const unfilled = diagnostics.filter((d) => d.rule === ONE_LINE_RULE);
  const listed = unfilled.length > 1 ? diagnostics.filter((d) => d.rule !== ONE_LINE_RULE) : diagnostics;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{T.results[lang]}</h2>
      <p role="status">
        <Text weight="semibold">{T.counts[lang](summary)}</Text>
      </p>
      <p>
        <Text size={200}>{T.checkedSheet[lang]({ sheet: validation.sheet, set: setLabel(validation.detection.set) })}</Text>
      </p>
      {diagnostics.length === 0 && <Text as="p">{T.clean[lang]}</Text>}
      {unfilled.length > 1 && (
        <ul className={styles.list}>
          <li className={styles.entry} data-rule={ONE_LINE_RULE}>
            <details>
              <summary>
                <Badge appearance="tint" color={SEVERITY_COLOR.error}>
                  {severityText.error}
                </Badge>{" "}
                <Text weight="semibold">{T.unfilledRows[lang](unfilled.length)}</Text>
              </summary>
              <Text as="p">{T.unfilledHint[lang]}</Text>
              <div className={styles.line}>
                {unfilled.map((d) => (
                  <Link key={d.cell} as="button" onClick={() => onReveal(d.cell!, d)} aria-label={T.goToCell[lang](d.cell!)} disabled={busy}>
                    {d.cell}
                  </Link>
                ))}
              </div>
            </details>
          </li>
        </ul>
      )}
      {groups(listed, lang).map((g) => (
        <div key={g.key} className={styles.group}>
          <h3>{g.title}</h3>
          <ul className={styles.list}>
            {g.items.map((d, i) => (
              <li key={`${d.cell}-${d.rule}-${i}`} className={styles.entry} data-rule={d.rule}>
                <div className={styles.line}>
                  <Badge appearance="tint" color={SEVERITY_COLOR[d.severity]}>
                    {severityText[d.severity]}
                  </Badge>
                  {d.cell ? (
                    <Link as="button" onClick={() => onReveal(d.cell!, d)} aria-label={T.goToCell[lang](d.cell)} disabled={busy}>
                      {d.cell}
                    </Link>
                  ) : null}
                  {d.criterion && <Text size={200}>{T.criterionN[lang](d.criterion)}</Text>}
                </div>
                <Text>{d.message[lang]}</Text>
                {confirming?.[0] === d ? (
                  <div className={styles.line}>
                    <Text className={styles.preview}>
                      {confirming.map((c) => `${confirming.length > 1 ? `${c.cell}: ` : ""}${T.fixPreview[lang]({ old: c.fix!.old, now: c.fix!.new })}`).join("; ")}
                    </Text>
                    <Button appearance="primary" size="small" disabled={busy} onClick={() => (setConfirming(null), onFix(confirming))}>
                      {T.confirmFix[lang]}
                    </Button>
                    <Button size="small" onClick={() => setConfirming(null)}>
                      {T.cancel[lang]}
                    </Button>
                  </div>
                ) : d.fix ? (
                  <div className={styles.line}>
                    <Button size="small" disabled={busy} onClick={() => setConfirming([d])} aria-label={`${T.fix[lang]} ${d.cell}`}>
                      {T.fix[lang]}
                    </Button>
                    {(fixableByRule.get(d.rule)?.length ?? 0) > 1 && fixableByRule.get(d.rule)![0] === d && (
                      <Button size="small" appearance="subtle" disabled={busy} onClick={() => setConfirming(fixableByRule.get(d.rule)!)}>
                        {T.fixAll[lang]}
                      </Button>
                    )}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
