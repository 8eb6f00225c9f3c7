import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/rules/types";
import { SCHOOL_TYPE_ORDER, schoolTypeById } from "../../core/standards/school-types";
import { STANDARD_SETS, setLabel, setsForSchoolType, standardSetById } from "../../core/standards/sets";
import type { SchoolProfile } from "../../core/store";
import { T } from "../i18n";
import { VisuallyHidden } from "./Step";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  control: { width: "100%", minWidth: 0 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
  line: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  summary: { flexGrow: 1, minWidth: 0, margin: 0, fontSize: "inherit", overflowWrap: "anywhere" },
});

interface Props {
  lang: Lang;
  profile: SchoolProfile;
  /** collapsed into one line (the profile is saved and not being edited) */
  collapsed: boolean;
  /** a saved profile exists: editing can be cancelled */
  saved: boolean;
  onChange: (profile: SchoolProfile) => void;
  onSave: () => void;
  onEdit: () => void;
  onCancel: () => void;
  busy: boolean;
}

/** "THPT Nguyễn Du · TT18/2018 · 2025-2026": the saved profile in one line. */
export function profileLine(profile: SchoolProfile, lang: Lang): string {
  const type = profile.schoolType ? schoolTypeById(profile.schoolType) : undefined;
  const set = profile.standardSet ? standardSetById(profile.standardSet) : undefined;
  const name = profile.schoolName?.trim() || (type ? (lang === "vi" ? type.vi : type.en) : T.noSchoolName[lang]);
  return [name, set ? setLabel(set) : undefined, profile.year?.trim() || undefined].filter(Boolean).join(" · ");
}

/**
 * The school: type → standard set (2018 circulars still offered for existing plans), name, governing
 * body, year. Once saved, one line with "Sửa"; the form opens again to edit it.
 */
export function ProfileSection({ lang, profile, collapsed, saved, onChange, onSave, onEdit, onCancel, busy }: Props) {
  const styles = useStyles();
  if (collapsed)
    return (
      <section aria-labelledby="profile-title" className={styles.line}>
        <h2 id="profile-title" className={styles.summary}>
          <VisuallyHidden>{`${T.profile[lang]}: `}</VisuallyHidden>
          <Text size={300} weight="semibold">
            {profileLine(profile, lang)}
          </Text>
        </h2>
        <Button size="small" onClick={onEdit} disabled={busy} aria-label={T.editProfileLabel[lang]}>
          {T.editProfile[lang]}
        </Button>
      </section>
    );
  const type = profile.schoolType ? schoolTypeById(profile.schoolType) : undefined;
  const sets = type ? setsForSchoolType(type.id) : [...STANDARD_SETS];
  const set = (patch: Partial<SchoolProfile>) => onChange({ ...profile, ...patch });
  return (
    <section aria-labelledby="profile-title" className={styles.grid}>
      <h2 id="profile-title" className={styles.title}>
        {T.profile[lang]}
      </h2>
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
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onSave} disabled={busy}>
          {T.saveProfile[lang]}
        </Button>
        {saved && (
          <Button onClick={onCancel} disabled={busy}>
            {T.cancelEdit[lang]}
          </Button>
        )}
      </div>
    </section>
  );
}
