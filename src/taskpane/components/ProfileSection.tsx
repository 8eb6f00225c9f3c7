import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/rules/types";
import { SCHOOL_TYPE_ORDER, schoolTypeById } from "../../core/standards/school-types";
import { STANDARD_SETS, setLabel, setsForSchoolType } from "../../core/standards/sets";
import type { SchoolProfile } from "../../core/store";
import { T } from "../i18n";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
});

interface Props {
  lang: Lang;
  profile: SchoolProfile;
  onChange: (profile: SchoolProfile) => void;
  onSave: () => void;
  busy: boolean;
}

/** School type → standard set (2018 circulars still offered for existing plans), name, governing body, year. */
export function ProfileSection({ lang, profile, onChange, onSave, busy }: Props) {
  const styles = useStyles();
  const type = profile.schoolType ? schoolTypeById(profile.schoolType) : undefined;
  const sets = type ? setsForSchoolType(type.id) : [...STANDARD_SETS];
  const set = (patch: Partial<SchoolProfile>) => onChange({ ...profile, ...patch });
  return (
    <section aria-labelledby="profile-title" className={styles.grid}>
      <h2 id="profile-title">{T.profile[lang]}</h2>
      <Field label={T.schoolType[lang]}>
        <Select
          className={styles.control}
          value={profile.schoolType ?? ""}
          onChange={(_, d) => {
            const next = schoolTypeById(d.value);
            const current = next ? setsForSchoolType(next.id).find((s) => !s.replacedBy) : undefined;
            set({ schoolType: d.value || undefined, standardSet: current?.id ?? profile.standardSet, governingBody: profile.governingBody || next?.governingBody });
          }}
        >
          <option value="">—</option>
          {SCHOOL_TYPE_ORDER.map((id) => schoolTypeById(id)!).map((t) => (
            <option key={t.id} value={t.id}>
              {lang === "vi" ? t.vi : t.en}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={T.standardSet[lang]}>
        <Select className={styles.control} value={profile.standardSet ?? ""} onChange={(_, d) => set({ standardSet: d.value || undefined })}>
          <option value="">—</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {`${setLabel(s)}${s.replacedBy ? ` ${T.replacedSet[lang]}` : ""}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={T.schoolName[lang]}>
        <Input value={profile.schoolName ?? ""} onChange={(_, d) => set({ schoolName: d.value })} />
      </Field>
      <Field label={T.governingBody[lang]}>
        <Input value={profile.governingBody ?? ""} placeholder={type?.governingBody} onChange={(_, d) => set({ governingBody: d.value })} />
      </Field>
      <Field label={T.schoolYear[lang]} validationState={profile.year && !/^\d{4}-\d{4}$/.test(profile.year) ? "error" : "none"}>
        <Input value={profile.year ?? ""} placeholder="2026-2027" onChange={(_, d) => set({ year: d.value })} />
      </Field>
      <Field label={T.signerName[lang]} hint={T.signerHint[lang]}>
        <Input value={profile.signerName ?? ""} onChange={(_, d) => set({ signerName: d.value })} />
      </Field>
      <Button onClick={onSave} disabled={busy}>
        {T.saveProfile[lang]}
      </Button>
    </section>
  );
}
