import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from "@fluentui/react-components";
import type { Bilingual, Lang } from "../../core/rules/types";
import { T } from "../i18n";

export type Notice = { intent: "success" | "info" | "warning" | "error"; title?: Bilingual; text: Bilingual };

const useStyles = makeStyles({
  dismiss: { minWidth: "24px", paddingLeft: 0, paddingRight: 0 },
});

/**
 * Where a step says what happened: progress while Excel works, then the result or the failure, right
 * under the step's buttons. The region is always there (aria-live), so screen readers announce what
 * appears in it; a failure is an alert.
 */
export function StepMessage({ lang, id, busy, notice, onDismiss }: { lang: Lang; id: string; busy: boolean; notice: Notice | undefined; onDismiss: () => void }) {
  const styles = useStyles();
  return (
    <div id={id} aria-live="polite" aria-atomic="true" tabIndex={-1}>
      {busy ? (
        <Spinner size="tiny" label={T.working[lang]} labelPosition="after" />
      ) : notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : undefined}>
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title[lang]}</MessageBarTitle>}
            {notice.text[lang]}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button className={styles.dismiss} size="small" appearance="transparent" aria-label={T.dismiss[lang]} title={T.dismiss[lang]} onClick={onDismiss}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
