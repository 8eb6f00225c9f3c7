import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/rules/types";
import { indexOf } from "../../core/standards/sets";
import type { StandardSet } from "../../core/standards/types";
import { T } from "../i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke3}`, paddingTop: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The official title of the criterion on the selected row, its levels and, for TT57, what each level requires. */
export function CriterionHelp({ lang, set, code }: { lang: Lang; set: StandardSet; code: string | null }) {
  const styles = useStyles();
  const criterion = code ? indexOf(set).criteria.get(code) : undefined;
  return (
    <section aria-labelledby="help-title" className={styles.box} aria-live="polite">
      <h3 id="help-title" className={styles.title}>
        {T.help[lang]}
      </h3>
      {!criterion ? (
        <Text size={200} className={styles.hint}>
          {T.helpHint[lang]}
        </Text>
      ) : (
        <>
          <Text weight="semibold">{`Tiêu chí ${criterion.code}: ${criterion.title}`}</Text>
          {criterion.mandatory && <Badge color="important">{T.mandatory[lang]}</Badge>}
          <Text>{T.levels[lang](set.levels.filter((l) => l <= criterion.maxLevel).join(", "))}</Text>
          {Object.entries(criterion.levelRequirements ?? {}).map(([level, text]) => (
            <Text key={level} as="p">
              <strong>{T.levelReq[lang](level)}: </strong>
              {text}
            </Text>
          ))}
        </>
      )}
    </section>
  );
}
