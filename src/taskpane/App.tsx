import {
  Button,
  Divider,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Switch,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { launchActionFrom } from "../commands/launch";
import { resultLines } from "../core/evaluation/phrases";
import type { Bilingual, Diagnostic } from "../core/rules/types";
import { standardSetById, STANDARD_SETS } from "../core/standards/sets";
import type { FixRecord, SchoolProfile } from "../core/store";
import type { Validation } from "../core/validate/validate";
import { limitationMessages, type Limitation } from "../excel";
import { CriterionHelp } from "./components/CriterionHelp";
import { ProfileSection } from "./components/ProfileSection";
import { Results } from "./components/Results";
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
} from "./operations";
import { criterionAtSelection, watchSelection } from "./selection";
import { useLang } from "./use-lang";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, maxWidth: "100%", boxSizing: "border-box" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  cell: { flexGrow: 1, flexBasis: "130px", minWidth: 0 },
  full: { width: "100%", minWidth: 0 },
});

type Notice = { intent: "success" | "info" | "warning" | "error"; title?: Bilingual; text: Bilingual };

export function App() {
  const styles = useStyles();
  const [lang, setLang] = useLang();
  const [profile, setProfile] = useState<SchoolProfile>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [validation, setValidation] = useState<Validation | null>(null);
  const [mark, setMark] = useState(false);
  const [period, setPeriod] = useState<"hk1" | "year">("year");
  const [reportDate, setReportDate] = useState(today());
  const [fixes, setFixes] = useState<FixRecord[]>([]);
  const [helpCode, setHelpCode] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState<Bilingual[] | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const [undoKind] = useState(availableUndo);
  const started = useRef(false);
  const wordInput = useRef<HTMLInputElement>(null);

  /** Runs an operation with progress shown, and any failure in a MessageBar: never an unhandled rejection. */
  const run = useCallback(async <R,>(work: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setNotice(null);
    try {
      return await work();
    } catch (e) {
      setNotice({ intent: "error", title: T.failed, text: failureText(e) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const limitationsNotice = (limitations: Limitation[], text: Bilingual): Notice =>
    limitations.length
      ? { intent: "warning", text: { vi: `${text.vi} ${T.limited.vi} ${limitations.map((l) => limitationMessages[l].vi).join(" ")}`, en: `${text.en} ${T.limited.en} ${limitations.map((l) => limitationMessages[l].en).join(" ")}` } }
      : { intent: "success", text };

  const validate = useCallback(
    (withMarks = mark, current = profile) =>
      run(async () => {
        const r = await checkPlan(current, withMarks);
        setValidation(r.check.validation);
        const count = r.marked ?? 0;
        if (withMarks || r.limitations.length) setNotice(limitationsNotice(r.limitations, { vi: T.marked.vi(count), en: T.marked.en(count) }));
        return r.check.validation;
      }),
    [mark, profile, run],
  );

  const doInsert = () =>
    run(async () => {
      const r = await insertTemplate(profile);
      setNotice(limitationsNotice(r.limitations, { vi: T.templateDone.vi({ sheet: r.sheet }), en: T.templateDone.en({ sheet: r.sheet }) }));
    });

  /** A Word plan picked by the user: inserted as new sheets in one write, then checked. */
  const doImportWord = (file: File | undefined) =>
    file &&
    run(async () => {
      const r = await importWordFile(file);
      const check = await checkPlan(profile, false);
      setValidation(check.check.validation);
      const sheets = r.sheets.map((s) => `"${s}"`).join(", ");
      setNotice(limitationsNotice([...r.limitations, ...check.limitations], { vi: T.importWordDone.vi({ file: file.name, sheets }), en: T.importWordDone.en({ file: file.name, sheets }) }));
    });

  const doReport = () =>
    run(async () => {
      const r = await makeReport(profile, period, reportDate);
      setNotice(r ? { intent: "success", text: { vi: T.reportDone.vi(r), en: T.reportDone.en(r) } } : { intent: "warning", text: T.noPlan });
    });

  const doPrint = () =>
    run(async () => {
      const r = await preparePrint();
      if (!r.sheets.length) return setNotice({ intent: "warning", text: T.noDocument });
      const done = { vi: T.printDone.vi(r), en: T.printDone.en(r) };
      const more = r.sheets.some((s) => s.missingHeaders > 0) ? { vi: `${done.vi} ${T.printHeaderCopies.vi}`, en: `${done.en} ${T.printHeaderCopies.en}` } : done;
      setNotice(r.limitations.length ? limitationsNotice(r.limitations, more) : { intent: "success", text: more });
    });

  const doFix = (diagnostics: Diagnostic[]) =>
    run(async () => {
      const done = await applyFixes(validation!.sheet, diagnostics);
      setFixes((f) => [...f, ...done]);
      const after = await checkPlan(profile, mark);
      setValidation(after.check.validation);
      setNotice({ intent: "success", text: { vi: T.fixed.vi(done.length), en: T.fixed.en(done.length) } });
    });

  const doUndo = () =>
    run(async () => {
      const undone = (await revertFixes(fixes.map((f) => f.id))).length;
      setFixes([]);
      const after = await checkPlan(profile, mark);
      setValidation(after.check.validation);
      setNotice({ intent: "success", text: { vi: T.undone.vi(undone), en: T.undone.en(undone) } });
    });

  const doReveal = (cell: string, d: Diagnostic) => {
    if (d.criterion) setHelpCode(d.criterion);
    void run(() => showCell(validation!.sheet, cell));
  };

  const doClear = () =>
    run(async () => {
      const n = await removeMarks();
      setNotice({ intent: "success", text: { vi: T.cleared.vi(n), en: T.cleared.en(n) } });
    });

  const doSave = () =>
    run(async () => {
      await storeProfile(profile);
      setNotice({ intent: "success", text: T.profileSaved });
    });

  const doWriteSummary = () =>
    run(async () => {
      const sheet = await writeEvaluationSummary(profile);
      setNotice(sheet ? { intent: "success", text: { vi: T.summaryWritten.vi(sheet), en: T.summaryWritten.en(sheet) } } : { intent: "warning", text: T.noEvaluation });
    });

  const doEvaluate = () =>
    run(async () => {
      const e = await evaluateOpenWorkbook(profile);
      setEvaluation(e.result ? resultLines(e.result) : [e.diagnostics[0]?.message ?? T.clean]);
    });

  // first load: the profile stored in the workbook, else what detection finds in the open plan
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run(async () => {
      const loaded = await loadProfile();
      let p = loaded.profile;
      if (loaded.readOnly) setReadOnly(true);
      if (!p.standardSet && !p.schoolName) {
        const found = await checkPlan(p, false).catch(() => null);
        const d = found?.check.validation.detection;
        if (d && found?.check.validation.table) {
          p = { ...p, standardSet: d.set.id, schoolType: d.school.type, schoolName: d.school.name, governingBody: d.school.governingBody, year: d.school.year };
          setNotice({ intent: "info", text: T.profileFromPlan });
        }
      }
      setProfile(p);
      // opened from a ribbon button: run the check, or bring the other actions' buttons to hand
      const action = launchActionFrom(window.location.search);
      if (action === "validate") await checkPlan(p, false).then((r) => setValidation(r.check.validation));
      else if (action) document.getElementById(`action-${action}`)?.focus();
    });
    const stop = watchSelection(() => void criterionAtSelection().then(setHelpCode, () => undefined));
    return stop;
  }, [run]);

  const set = standardSetById(profile.standardSet ?? "") ?? validation?.detection.set ?? STANDARD_SETS[STANDARD_SETS.length - 2];

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-busy={busy}>
        <div className={styles.header}>
          <Title2 as="h1">KHCT</Title2>
          <Field label={T.language[lang]} orientation="horizontal">
            <Select value={lang} onChange={(_, d) => setLang(d.value === "en" ? "en" : "vi")}>
              <option value="vi">{T.langVi[lang]}</option>
              <option value="en">{T.langEn[lang]}</option>
            </Select>
          </Field>
        </div>
        <Text>{T.appTitle[lang]}</Text>
        {busy && <Spinner size="tiny" label={T.working[lang]} />}
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>
              {notice.title && <MessageBarTitle>{notice.title[lang]}</MessageBarTitle>}
              {notice.text[lang]}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => setNotice(null)}>
                {T.dismiss[lang]}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {readOnly && (
          <MessageBar intent="warning">
            <MessageBarBody>{limitationMessages["read-only"][lang]}</MessageBarBody>
          </MessageBar>
        )}
        <ProfileSection lang={lang} profile={profile} onChange={setProfile} onSave={doSave} busy={busy} />
        <Divider />
        <section aria-labelledby="actions-title" className={styles.actions}>
          <h2 id="actions-title">{T.actions[lang]}</h2>
          <Button id="action-insert-template" appearance="primary" onClick={doInsert} disabled={busy}>
            {T.insertTemplate[lang]}
          </Button>
          <Button id="action-import-word" onClick={() => wordInput.current?.click()} disabled={busy} title={T.importWordHint[lang]}>
            {T.importWord[lang]}
          </Button>
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
          <Switch checked={mark} onChange={(_, d) => setMark(d.checked)} label={T.markCells[lang]} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void validate()} disabled={busy}>
              {T.validate[lang]}
            </Button>
            <Button onClick={doClear} disabled={busy}>
              {T.clearMarks[lang]}
            </Button>
          </div>
          <div className={styles.row}>
            <Field className={styles.cell} label={T.reportPeriod[lang]}>
              <Select className={styles.full} value={period} onChange={(_, d) => setPeriod(d.value === "hk1" ? "hk1" : "year")}>
                <option value="hk1">{T.periodHk1[lang]}</option>
                <option value="year">{T.periodYear[lang]}</option>
              </Select>
            </Field>
            <Field className={styles.cell} label={T.reportDate[lang]}>
              <Input className={styles.full} type="date" value={reportDate} onChange={(_, d) => setReportDate(d.value)} />
            </Field>
          </div>
          <Button id="action-report" appearance="primary" onClick={doReport} disabled={busy}>
            {T.buildReport[lang]}
          </Button>
          <Button id="action-print" onClick={doPrint} disabled={busy}>
            {T.preparePrint[lang]}
          </Button>
          {fixes.length > 0 && (
            <Button onClick={doUndo} disabled={busy}>
              {`${T.undo[lang]} (${fixes.length})`}
            </Button>
          )}
          <Text size={200} id="undo-kind">
            {(undoKind === "excel" ? T.undoWithExcel : T.undoWithJournal)[lang]}
          </Text>
        </section>
        {validation && (
          <>
            <Divider />
            <Results lang={lang} validation={validation} busy={busy} onReveal={doReveal} onFix={doFix} />
          </>
        )}
        <Divider />
        <CriterionHelp lang={lang} set={set} code={helpCode} />
        <Divider />
        <section aria-labelledby="evaluation-title" className={styles.actions}>
          <h2 id="evaluation-title">{T.evaluation[lang]}</h2>
          <Button onClick={doEvaluate} disabled={busy}>
            {T.evaluate[lang]}
          </Button>
          <Button onClick={doWriteSummary} disabled={busy}>
            {T.writeSummary[lang]}
          </Button>
          {evaluation?.map((line, i) => (
            <Text key={i} as="p">
              {line[lang]}
            </Text>
          ))}
        </section>
      </main>
    </FluentProvider>
  );
}
