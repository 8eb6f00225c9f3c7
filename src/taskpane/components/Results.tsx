import { Badge, Button, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Diagnostic, Lang, Severity } from "../../core/rules/types";
import { setLabel } from "../../core/standards/sets";
import type { Validation } from "../../core/validate/validate";
import { T } from "../i18n";
import { entrySize, findingKey, listFindings, openByDefault, UNFILLED_RULE, type Block, type Entry, type GroupBy, type ResultGroup } from "../result-groups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  meta: { color: tokens.colorNeutralForeground3 },
  toolbar: { display: "flex", alignItems: "end", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  groupBy: { minWidth: "150px", flexGrow: 1 },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  groupSummary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} 0`,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    listStyleType: "none",
    "::-webkit-details-marker": { display: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  chevron: { width: "12px", flexShrink: 0, color: tokens.colorNeutralForeground2 },
  count: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  kind: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  kindTitle: { color: tokens.colorNeutralForeground2, flexGrow: 1 },
  criterion: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  entry: { padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderTop: `1px solid ${tokens.colorNeutralStroke3}`, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, flexWrap: "wrap" },
  change: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  fix: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  cells: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
  dot: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
});

/** The disclosure mark of a collapsible line (the native one goes with display: flex). */
function Chevron({ open, className }: { open: boolean; className: string }) {
  return (
    <span className={className} aria-hidden="true">
      {open ? "▾" : "▸"}
    </span>
  );
}

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

interface Props {
  lang: Lang;
  validation: Validation;
  busy: boolean;
  /** "Cập nhật khi nhập lúc 10:32:15", after a live check */
  updated?: string;
  /** the marks in the sheet are from an earlier check */
  marksStale?: boolean;
  onReveal: (cell: string, diagnostic: Diagnostic) => void;
  onFix: (diagnostics: Diagnostic[]) => void;
}

/**
 * The check's findings, as Excel's Check Accessibility lists its own: a line of counts, groups by
 * severity or by standard → criterion (the user chooses; open groups stay open across checks), each
 * finding with its cell, its message and, where a rule proposes one, the fix (old → new) to apply or
 * ignore. Live checks replace `validation` in place: scroll position, open groups and ignored
 * findings are kept.
 */
export function Results({ lang, validation, busy, updated, marksStale, onReveal, onFix }: Props) {
  const styles = useStyles();
  const [by, setBy] = useState<GroupBy>("severity");
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<Map<string, boolean>>(new Map());
  const [confirmingAll, setConfirmingAll] = useState<string | null>(null);
  const { summary, diagnostics } = validation;
  const listing = listFindings(diagnostics, by, ignored);
  const defaults = openByDefault(listing.groups);
  const isOpen = (key: string) => opened.get(`${by}:${key}`) ?? defaults.has(key);
  const toggle = (key: string, open: boolean) => setOpened((m) => (m.get(`${by}:${key}`) === open ? m : new Map(m).set(`${by}:${key}`, open)));
  /** Ignores findings; focus goes to "Hiện lại" (the button pressed is gone with its finding). */
  const ignore = (...ds: Diagnostic[]) => {
    setIgnored((s) => new Set([...s, ...ds.map(findingKey)]));
    requestAnimationFrame(() => document.getElementById("show-ignored")?.focus());
  };
  const groupTitle = (g: ResultGroup) =>
    g.severity ? { error: T.errors, warning: T.warnings, info: T.infos }[g.severity][lang] : g.standard === undefined ? T.general[lang] : T.standardN[lang](g.standard);

  const severityBadge = (d: Diagnostic) => (
    <Badge appearance="tint" color={SEVERITY_COLOR[d.severity]}>
      {{ error: T.error, warning: T.warning, info: T.info }[d.severity][lang]}
    </Badge>
  );

  const cellLink = (d: Diagnostic) =>
    d.cell ? (
      <Link key={d.cell} as="button" onClick={() => onReveal(d.cell!, d)} aria-label={T.goToCell[lang](d.cell)} disabled={busy}>
        {d.cell}
      </Link>
    ) : null;

  const fixPanel = (d: Diagnostic) => (
    <div className={styles.fix}>
      <Text className={styles.change}>{T.fixPreview[lang]({ old: d.fix!.old, now: d.fix!.new })}</Text>
      <div className={styles.line}>
        <Button appearance="primary" size="small" disabled={busy} onClick={() => onFix([d])} aria-label={T.applyCell[lang](d.cell ?? "")}>
          {T.confirmFix[lang]}
        </Button>
        <Button size="small" onClick={() => ignore(d)} aria-label={T.ignoreCell[lang](d.cell ?? "")}>
          {T.ignore[lang]}
        </Button>
      </div>
    </div>
  );

  /** "Fix all of this kind", every change shown before it is applied. */
  const fixAll = (rule: string) => {
    const all = listing.fixableByRule.get(rule) ?? [];
    if (all.length < 2) return null;
    if (confirmingAll !== rule)
      return (
        <div className={styles.line}>
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => setConfirmingAll(rule)}>
            {T.fixAll[lang](all.length)}
          </Button>
        </div>
      );
    return (
      <div className={styles.fix}>
        {all.map((c) => (
          <Text key={c.cell} className={styles.change}>{`${c.cell}: ${T.fixPreview[lang]({ old: c.fix!.old, now: c.fix!.new })}`}</Text>
        ))}
        <div className={styles.line}>
          <Button appearance="primary" size="small" disabled={busy} onClick={() => (setConfirmingAll(null), onFix(all))}>
            {T.confirmFix[lang]}
          </Button>
          <Button size="small" onClick={() => setConfirmingAll(null)}>
            {T.cancel[lang]}
          </Button>
        </div>
      </div>
    );
  };

  /** A kind of finding (severity view): its description, how many, and "fix all of this kind". */
  const kindHeader = (b: Block) => (
    <div className={styles.kind}>
      <Text size={200} weight="semibold" className={styles.kindTitle}>
        {`${b.title![lang]} (${b.entries.reduce((n, e) => n + entrySize(e), 0)})`}
      </Text>
      {fixAll(b.rule!)}
    </div>
  );

  const entry = (e: Entry) => {
    if (e.kind === "unfilled")
      return (
        <li key={e.key} className={styles.entry} data-rule={UNFILLED_RULE}>
          <details open={isOpen(UNFILLED_RULE)} onToggle={(ev) => toggle(UNFILLED_RULE, ev.currentTarget.open)}>
            <summary className={styles.groupSummary}>
              <Chevron open={isOpen(UNFILLED_RULE)} className={styles.chevron} />
              <Badge appearance="tint" color={SEVERITY_COLOR.error}>
                {T.error[lang]}
              </Badge>{" "}
              <span>{T.unfilledRows[lang](e.diagnostics.length)}</span>
            </summary>
            <Text as="p">{T.unfilledHint[lang]}</Text>
            <div className={styles.cells}>
              {e.diagnostics.map((d) => (
                <Link key={d.cell} as="button" onClick={() => onReveal(d.cell!, d)} aria-label={T.goToCell[lang](d.cell!)} disabled={busy}>
                  {d.cell}
                </Link>
              ))}
            </div>
          </details>
        </li>
      );
    if (e.kind === "same") {
      const [first] = e.diagnostics;
      return (
        <li key={e.key} className={styles.entry} data-rule={first.rule}>
          <div className={styles.line}>
            {by === "standard" && severityBadge(first)}
            <Text size={200}>{T.inCells[lang](e.diagnostics.length)}</Text>
          </div>
          <Text>{first.message[lang]}</Text>
          <div className={styles.cells}>{e.diagnostics.map(cellLink)}</div>
          {first.severity !== "error" && (
            <div className={styles.line}>
              <Button size="small" appearance="subtle" onClick={() => ignore(...e.diagnostics)}>
                {T.ignoreAll[lang](e.diagnostics.length)}
              </Button>
            </div>
          )}
        </li>
      );
    }
    const d = e.diagnostic;
    return (
      <li key={e.key} className={styles.entry} data-rule={d.rule} data-cell={d.cell ?? undefined}>
        <div className={styles.line}>
          {by === "standard" && severityBadge(d)}
          {cellLink(d)}
          {by === "severity" && d.criterion && <Text size={200}>{T.criterionN[lang](d.criterion)}</Text>}
        </div>
        <Text>{d.message[lang]}</Text>
        {by === "standard" && listing.fixableByRule.get(d.rule)?.[0] === d && fixAll(d.rule)}
        {d.fix
          ? fixPanel(d)
          : d.severity !== "error" && (
              <div className={styles.line}>
                <Button size="small" appearance="subtle" onClick={() => ignore(d)} aria-label={T.ignoreCell[lang](d.cell ?? "")}>
                  {T.ignore[lang]}
                </Button>
              </div>
            )}
      </li>
    );
  };

  return (
    <section aria-labelledby="results-title" className={styles.root}>
      <h3 id="results-title" className={styles.title}>
        {T.results[lang]}
      </h3>
      <p id="results-summary" role="status" className={styles.summary}>
        <Text weight="semibold">{T.counts[lang](summary)}</Text>
      </p>
      <Text size={200} className={styles.meta}>
        {T.checkedSheet[lang]({ sheet: validation.sheet, set: setLabel(validation.detection.set) })}
        {updated ? ` ${updated}.` : ""}
      </Text>
      {marksStale && (
        <Text size={200} className={styles.stale}>
          {T.marksStale[lang]}
        </Text>
      )}
      {diagnostics.length === 0 ? (
        <Text as="p">{T.clean[lang]}</Text>
      ) : (
        <div className={styles.toolbar}>
          <Field className={styles.groupBy} label={T.groupBy[lang]} orientation="horizontal" size="small">
            <Select size="small" value={by} onChange={(_, data) => setBy(data.value === "standard" ? "standard" : "severity")}>
              <option value="severity">{T.bySeverity[lang]}</option>
              <option value="standard">{T.byStandard[lang]}</option>
            </Select>
          </Field>
          {listing.hidden > 0 && (
            <Text size={200}>
              {`${T.ignored[lang](listing.hidden)} · `}
              <Link id="show-ignored" as="button" onClick={() => setIgnored(new Set())}>
                {T.showIgnored[lang]}
              </Link>
            </Text>
          )}
        </div>
      )}
      {listing.lead && <ul className={styles.list}>{entry(listing.lead)}</ul>}
      {listing.groups.map((g) => (
        <details key={`${by}:${g.key}`} className={styles.group} data-group={g.key} open={isOpen(g.key)} onToggle={(ev) => toggle(g.key, ev.currentTarget.open)}>
          <summary className={styles.groupSummary}>
            <Chevron open={isOpen(g.key)} className={styles.chevron} />
            {g.severity && <span className={`${styles.dot} ${styles[g.severity]}`} aria-hidden="true" />}
            <span>{groupTitle(g)}</span>
            <span className={styles.count}>{`(${g.count})`}</span>
          </summary>
          {g.blocks.map((b) => (
            <div key={b.rule ?? b.criterion ?? "-"} data-kind={b.rule}>
              {b.title && kindHeader(b)}
              {by === "standard" && g.standard !== undefined && <p className={styles.criterion}>{b.criterion ? T.criterionN[lang](b.criterion) : T.aboutStandard[lang]}</p>}
              <ul className={styles.list}>{b.entries.map(entry)}</ul>
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}
