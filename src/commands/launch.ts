/**
 * The ribbon buttons open the task pane on an action: each button's URL is the pane's with
 * `?action=…`. ShowTaskpane buttons work on every Excel KHCT supports (Excel 2019 included), where
 * running a command in the background and then showing its result in the pane would need the shared
 * runtime (not in Excel 2019). The pane reads the action and starts it.
 */
export const LAUNCH_ACTIONS = ["insert-template", "validate", "report"] as const;

export type LaunchAction = (typeof LAUNCH_ACTIONS)[number];

export const LAUNCH_PARAMETER = "action";

/** The action a pane URL's query asks for ("?action=validate" → "validate"), or null. */
export function launchActionFrom(search: string): LaunchAction | null {
  const value = new URLSearchParams(search).get(LAUNCH_PARAMETER);
  return (LAUNCH_ACTIONS as readonly string[]).includes(value ?? "") ? (value as LaunchAction) : null;
}

/** The ribbon labels, as the manifest has them (the pane titles its action the same way). */
export const LAUNCH_LABELS: Record<LaunchAction, { vi: string; en: string }> = {
  "insert-template": { vi: "Chèn mẫu kế hoạch", en: "Insert plan template" },
  validate: { vi: "Kiểm tra kế hoạch", en: "Check plan" },
  report: { vi: "Tạo báo cáo tiến độ", en: "Build progress report" },
};
