import {
  Button,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Text,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { launchActionFrom } from "../commands/launch";
import type { Bilingual, Diagnostic } from "../core/rules/types";
import { standardSetById, STANDARD_SETS } from "../core/standards/sets";
import type { FixRecord, SchoolProfile } from "../core/store";
import type { Validation } from "../core/validate/validate";
import { limitationMessages, type Limitation } from "../excel";
import { CriterionHelp } from "./components/CriterionHelp";
import { EvaluationView } from "./components/EvaluationView";
import { ProfileSection } from "./components/ProfileSection";
import { Results } from "./components/Results";
import { Step } from "./components/Step";
import { StepMessage, type Notice } from "./components/StepMessage";
import { Tabs } from "./components/Tabs";
import { formatDate, parseDate } from "./dates";
import { summarizeEvaluation, type EvaluationSummary } from "./evaluation-summary";
import { failureText } from "./failure";
import { T } from "./i18n";
import {
  applyFixes,
  availableUndo,
  checkPlan,
  evaluateOpenWorkbook,
  importWordFile,
  insertTemplate,
  loadProfile,
  makeReport,
  preparePrint,
  removeMarks,
  revertFixes,
  showCell,
  storeProfile,
  today,
  writeEvaluationSummary,
  type CheckResult,
} from "./operations";
import { criterionAtSelection, watchSelection } from "./selection";
import { ownWrites, useLiveCheck } from "./use-live-check";
import { useLang } from "./use-lang";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, maxWidth: "100%", boxSizing: "border-box" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  brand: { display: "flex", flexDirection: "column", minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  language: { width: "120px", flexShrink: 0 },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  /** a hidden tab panel (the `hidden` attribute alone loses to display: flex) */
  away: { display: "none" },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1 },
  hint: { color: tokens.colorNeutralForeground3 },
  switches: { display: "flex", flexDirection: "column" },
  switchHint: { color: tokens.colorNeutralForeground3, paddingInlineStart: "44px", marginTop: "-6px" },
  full: { width: "100%", minWidth: 0 },
});

/** Where a command's messages go: next to the buttons that started it. */
type Slot = "profile" | "create" | "check" | "report" | "evaluation";

const time = () => {
  const d = new Date();
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
};

export function App() {
  const styles = useStyles();
  const [lang, setLang] = useLang();
  const [profile, setProfile] = useState<SchoolProfile>({});
  const [savedProfile, setSavedProfile] = useState<SchoolProfile | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<Slot | null>(null);
  const [notices, setNotices] = useState<Partial<Record<Slot, Notice>>>({});
  const [tab, setTab] = useState<"plan" | "evaluation">("plan");
  const [validation, setValidation] = useState<Validation | null>(null);
  const [updated, setUpdated] = useState<string | undefined>(undefined);
  const [live, setLive] = useState<boolean | null>(null);
  const [mark, setMark] = useState(false);
  const [marksInSheet, setMarksInSheet] = useState(false);
  const [marksStale, setMarksStale] = useState(false);
  const [period, setPeriod] = useState<"hk1" | "year">("year");
  const [reportDate, setReportDate] = useState(today());
  const [dateText, setDateText] = useState<string | null>(null);
  const [fixes, setFixes] = useState<FixRecord[]>([]);
  const [helpCode, setHelpCode] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState<EvaluationSummary | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const [undoKind] = useState(availableUndo);
  const started = useRef(false);
  const wordInput = useRef<HTMLInputElement>(null);
  /** checks are numbered: a result older than the one shown (a live check overtaken by a fix's) is dropped */
  const checks = useRef({ started: 0, shown: 0 });
  const profileRef = useRef(profile);
  profileRef.current = profile;

  const notify = useCallback((slot: Slot, notice: Notice | undefined) => setNotices((n) => ({ ...n, [slot]: notice })), []);

  /** Runs a command with its progress and any failure shown in its step: never an unhandled rejection. */
  const run = useCallback(
    async <R,>(slot: Slot, work: () => Promise<R>): Promise<R | undefined> => {
      setBusy(slot);
      // a new command: earlier successes are old news (warnings and failures stay until dismissed)
      setNotices((n) => Object.fromEntries(Object.entries(n).filter(([k, v]) => k !== slot && v && (v.intent === "warning" || v.intent === "error"))));
      ownWrites.begin();
      try {
        return await work();
      } catch (e) {
        notify(slot, { intent: "error", title: T.failed, text: failureText(e) });
        return undefined;
      } finally {
        ownWrites.end();
        setBusy(null);
      }
    },
    [notify],
  );

  const limitationsNotice = (limitations: Limitation[], text: Bilingual): Notice =>
    limitations.length
      ? { intent: "warning", text: { vi: `${text.vi} ${T.limited.vi} ${limitations.map((l) => limitationMessages[l].vi).join(" ")}`, en: `${text.en} ${T.limited.en} ${limitations.map((l) => limitationMessages[l].en).join(" ")}` } }
      : { intent: "success", text };

  /** Checks the plan and shows the result, unless a later check's result is already shown. */
  const check = useCallback(async (withMarks: boolean, sheet?: string, how: "command" | "live" = "command"): Promise<CheckResult | null> => {
    const seq = ++checks.current.started;
    const r = await checkPlan(profileRef.current, withMarks, sheet);
    if (seq < checks.current.shown) return null;
    checks.current.shown = seq;
    setValidation(r.check.validation);
    setUpdated(how === "live" ? time() : undefined);
    if (withMarks) {
      setMarksInSheet((r.marked ?? 0) > 0);
      setMarksStale(false);
    } else if (how === "command") setMarksInSheet(r.check.store.marks.length > 0);
    if (how === "live") setMarksStale((stale) => stale || r.check.store.marks.length > 0);
    return r;
  }, []);

  const doCheck = () =>
    run("check", async () => {
      const r = await check(mark);
      if (r && (mark || r.limitations.length)) notify("check", limitationsNotice(r.limitations, { vi: T.marked.vi(r.marked ?? 0), en: T.marked.en(r.marked ?? 0) }));
    });

  const liveOn = live ?? !!validation?.table;
  const table = validation?.table;
  useLiveCheck(liveOn, validation?.sheet, table ? { top: table.headerRows[0], left: table.left, right: table.right } : undefined, async () => {
    try {
      await check(false, validation?.sheet, "live");
    } catch (e) {
      notify("check", { intent: "warning", title: T.liveFailed, text: failureText(e) });
    }
  });

  const doInsert = () =>
    run("create", async () => {
      const r = await insertTemplate(profile);
      notify("create", limitationsNotice(r.limitations, { vi: T.templateDone.vi({ sheet: r.sheet }), en: T.templateDone.en({ sheet: r.sheet }) }));
      await check(false);
    });

  /** A Word plan picked by the user: inserted as new sheets in one write, then checked. */
  const doImportWord = (file: File | undefined) =>
    file &&
    run("create", async () => {
      const r = await importWordFile(file);
      const checked = await check(false);
      const sheets = r.sheets.map((s) => `"${s}"`).join(", ");
      notify("create", limitationsNotice([...r.limitations, ...(checked?.limitations ?? [])], { vi: T.importWordDone.vi({ file: file.name, sheets }), en: T.importWordDone.en({ file: file.name, sheets }) }));
    });

  const doReport = () =>
    run("report", async () => {
      const r = await makeReport(profile, period, reportDate);
      notify("report", r ? { intent: "success", text: { vi: T.reportDone.vi(r), en: T.reportDone.en(r) } } : { intent: "warning", text: T.noPlan });
    });

  const doPrint = () =>
    run("report", async () => {
      const r = await preparePrint();
      if (!r.sheets.length) return notify("report", { intent: "warning", text: T.noDocument });
      const done = { vi: T.printDone.vi(r), en: T.printDone.en(r) };
      const more = r.sheets.some((s) => s.missingHeaders > 0) ? { vi: `${done.vi} ${T.printHeaderCopies.vi}`, en: `${done.en} ${T.printHeaderCopies.en}` } : done;
      notify("report", r.limitations.length ? limitationsNotice(r.limitations, more) : { intent: "success", text: more });
    });

  const doFix = (diagnostics: Diagnostic[]) =>
    run("check", async () => {
      const done = await applyFixes(validation!.sheet, diagnostics);
      setFixes((f) => [...f, ...done]);
      await check(mark, validation!.sheet);
      notify("check", { intent: "success", text: { vi: T.fixed.vi(done.length), en: T.fixed.en(done.length) } });
      bringToMessage("check");
    });

  const doUndo = () =>
    run("check", async () => {
      const undone = (await revertFixes(fixes.map((f) => f.id))).length;
      setFixes([]);
      await check(mark, validation?.sheet);
      notify("check", { intent: "success", text: { vi: T.undone.vi(undone), en: T.undone.en(undone) } });
      bringToMessage("check");
    });

  /** Selects a cell in Excel (one round trip): quick, so no progress shown and the step's message stays; a failure replaces it. */
  /** The finding fixed is gone from the list: focus (and the eye) go to what happened, beside "Hoàn tác". */
  const bringToMessage = (slot: Slot) =>
    requestAnimationFrame(() => {
      const region = document.getElementById(`message-${slot}`);
      region?.scrollIntoView({ block: "nearest" });
      region?.focus({ preventScroll: true });
    });

  const doReveal = (sheet: string, cell: string, slot: Slot) => void showCell(sheet, cell).catch((e) => notify(slot, { intent: "error", title: T.failed, text: failureText(e) }));

  const doRevealFinding = (cell: string, d: Diagnostic) => {
    if (d.criterion) setHelpCode(d.criterion);
    doReveal(validation!.sheet, cell, "check");
  };

  const doClear = () =>
    run("check", async () => {
      const n = await removeMarks();
      setMarksInSheet(false);
      setMarksStale(false);
      notify("check", { intent: "success", text: { vi: T.cleared.vi(n), en: T.cleared.en(n) } });
      bringToMessage("check"); // the button may be gone with the marks
    });

  const doSave = () =>
    run("profile", async () => {
      await storeProfile(profile);
      setSavedProfile(profile);
      setEditing(false);
      notify("profile", { intent: "success", text: T.profileSaved });
    });

  const doWriteSummary = () =>
    run("evaluation", async () => {
      const sheet = await writeEvaluationSummary(profile);
      notify("evaluation", sheet ? { intent: "success", text: { vi: T.summaryWritten.vi(sheet), en: T.summaryWritten.en(sheet) } } : { intent: "warning", text: T.noEvaluation });
    });

  const doEvaluate = () =>
    run("evaluation", async () => {
      setEvaluation(summarizeEvaluation(await evaluateOpenWorkbook(profile)));
    });

  // first load: the profile stored in the workbook, else what detection finds in the open plan
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const action = launchActionFrom(window.location.search);
    void run("profile", async () => {
      const loaded = await loadProfile();
      let p = loaded.profile;
      if (loaded.readOnly) setReadOnly(true);
      const saved = !!(p.standardSet || p.schoolName);
      setSavedProfile(saved ? p : null);
      if (!saved) {
        const found = await checkPlan(p, false).catch(() => null);
        const d = found?.check.validation.detection;
        if (d && found?.check.validation.table) {
          p = { ...p, standardSet: d.set.id, schoolType: d.school.type, schoolName: d.school.name, governingBody: d.school.governingBody, year: d.school.year };
          notify("profile", { intent: "info", text: T.profileFromPlan });
        }
      }
      setProfile(p);
      profileRef.current = p;
    }).then(() => {
      // opened from a ribbon button: run the check, or bring the other actions' buttons to hand
      if (action === "validate") void run("check", () => check(false));
      else if (action) document.getElementById(`action-${action}`)?.focus();
    });
    // the selection handler goes when the pane closes (pagehide) or unmounts
    const stop = watchSelection(() => void criterionAtSelection().then(setHelpCode, () => undefined));
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, [run, check, notify]);

  const set = standardSetById(profile.standardSet ?? "") ?? validation?.detection.set ?? STANDARD_SETS[STANDARD_SETS.length - 2];
  const dateShown = dateText ?? formatDate(reportDate, lang);
  const dateValid = dateText === null || parseDate(dateText) !== null;
  const message = (slot: Slot) => <StepMessage lang={lang} id={`message-${slot}`} busy={busy === slot} notice={notices[slot]} onDismiss={() => notify(slot, undefined)} />;
  const working = busy !== null;

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-busy={working}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <Title2 as="h1">KHCT</Title2>
            <Text size={200} className={styles.subtitle}>
              {T.appTitle[lang]}
            </Text>
          </div>
          <Select className={styles.language} aria-label={T.language[lang]} value={lang} onChange={(_, d) => setLang(d.value === "en" ? "en" : "vi")}>
            <option value="vi">{T.langVi[lang]}</option>
            <option value="en">{T.langEn[lang]}</option>
          </Select>
        </header>
        {readOnly && (
          <MessageBar intent="warning">
            <MessageBarBody>{limitationMessages["read-only"][lang]}</MessageBarBody>
          </MessageBar>
        )}
        <ProfileSection
          lang={lang}
          profile={profile}
          collapsed={!!savedProfile && !editing}
          saved={!!savedProfile}
          onChange={setProfile}
          onSave={doSave}
          onEdit={() => setEditing(true)}
          onCancel={() => (setProfile(savedProfile ?? {}), setEditing(false))}
          busy={working}
        />
        {message("profile")}
        <Tabs
          label={T.appTitle[lang]}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { value: "plan", label: T.tabPlan[lang] },
            { value: "evaluation", label: T.tabEvaluation[lang] },
          ]}
        />

        <div id="panel-plan" role="tabpanel" aria-labelledby="tab-plan" hidden={tab !== "plan"} className={mergeClasses(styles.panel, tab !== "plan" && styles.away)}>
          <Step id="step-create" number={1} label={T.stepN[lang](1)} title={T.stepCreate[lang]}>
            <Text size={200} className={styles.hint}>
              {T.stepCreateHint[lang]}
            </Text>
            <div className={styles.buttons}>
              <Button id="action-insert-template" className={styles.grow} appearance="primary" onClick={doInsert} disabled={working}>
                {T.insertTemplate[lang]}
              </Button>
              <Button id="action-import-word" className={styles.grow} onClick={() => wordInput.current?.click()} disabled={working} title={T.importWordHint[lang]}>
                {T.importWord[lang]}
              </Button>
            </div>
            <input
              ref={wordInput}
              type="file"
              accept=".docx,.docm,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-label={T.importWord[lang]}
              hidden
              onChange={(e) => {
                void doImportWord(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
            {message("create")}
          </Step>

          <Step divided id="step-check" number={2} label={T.stepN[lang](2)} title={T.stepCheck[lang]}>
            <div className={styles.buttons}>
              <Button id="action-validate" className={styles.grow} appearance="primary" onClick={() => void doCheck()} disabled={working}>
                {T.validate[lang]}
              </Button>
              {(marksInSheet || mark) && (
                <Button onClick={doClear} disabled={working}>
                  {T.clearMarks[lang]}
                </Button>
              )}
            </div>
            <div className={styles.switches}>
              <Switch checked={liveOn} onChange={(_, d) => setLive(d.checked)} label={T.liveCheck[lang]} aria-describedby="live-hint" />
              <Text id="live-hint" size={200} className={styles.switchHint}>
                {T.liveHint[lang]}
              </Text>
              <Switch checked={mark} onChange={(_, d) => setMark(d.checked)} label={T.markCells[lang]} />
            </div>
            {message("check")}
            {fixes.length > 0 && (
              <div className={styles.buttons}>
                <Button onClick={doUndo} disabled={working}>
                  {`${T.undo[lang]} (${fixes.length})`}
                </Button>
              </div>
            )}
            {validation ? (
              <Results lang={lang} validation={validation} busy={working} updated={updated && T.liveUpdated[lang](updated)} marksStale={marksStale} onReveal={doRevealFinding} onFix={doFix} />
            ) : (
              <Text size={200}>{T.checkFirst[lang]}</Text>
            )}
            <CriterionHelp lang={lang} set={set} code={helpCode} />
          </Step>

          <Step divided id="step-report" number={3} label={T.stepN[lang](3)} title={T.stepReport[lang]}>
            <Text size={200} className={styles.hint}>
              {T.stepReportHint[lang]}
            </Text>
            <Field label={T.reportPeriod[lang]}>
              <Select className={styles.full} value={period} onChange={(_, d) => setPeriod(d.value === "hk1" ? "hk1" : "year")}>
                <option value="hk1">{T.periodHk1[lang]}</option>
                <option value="year">{T.periodYear[lang]}</option>
              </Select>
            </Field>
            <Field label={T.reportDate[lang]} validationState={dateValid ? "none" : "error"} validationMessage={dateValid ? undefined : T.reportDateInvalid[lang]}>
              <Input
                className={styles.full}
                value={dateShown}
                placeholder={formatDate("2026-11-30", lang)}
                onChange={(_, d) => {
                  setDateText(d.value);
                  const parsed = parseDate(d.value);
                  if (parsed) setReportDate(parsed);
                }}
                onBlur={() => dateValid && setDateText(null)}
              />
            </Field>
            <div className={styles.buttons}>
              <Button id="action-report" className={styles.grow} appearance="primary" onClick={doReport} disabled={working || !dateValid}>
                {T.buildReport[lang]}
              </Button>
              <Button id="action-print" className={styles.grow} onClick={doPrint} disabled={working}>
                {T.preparePrint[lang]}
              </Button>
            </div>
            {message("report")}
          </Step>
          <Text size={200} id="undo-kind" className={styles.hint}>
            {(undoKind === "excel" ? T.undoWithExcel : T.undoWithJournal)[lang]}
          </Text>
        </div>

        <div id="panel-evaluation" role="tabpanel" aria-labelledby="tab-evaluation" hidden={tab !== "evaluation"} className={mergeClasses(styles.panel, tab !== "evaluation" && styles.away)}>
          <Step id="step-evaluation" title={T.evaluation[lang]}>
            <Text size={200} className={styles.hint}>
              {T.evaluationHint[lang]}
            </Text>
            <div className={styles.buttons}>
              <Button appearance="primary" className={styles.grow} onClick={doEvaluate} disabled={working}>
                {T.evaluate[lang]}
              </Button>
              <Button className={styles.grow} onClick={doWriteSummary} disabled={working}>
                {T.writeSummary[lang]}
              </Button>
            </div>
            {message("evaluation")}
            {evaluation && <EvaluationView lang={lang} summary={evaluation} busy={working} onReveal={(cell) => doReveal(evaluation.sheet, cell, "evaluation")} />}
          </Step>
        </div>
      </main>
    </FluentProvider>
  );
}
