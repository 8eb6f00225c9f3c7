/**
 * Remembers a pure function's answers for the texts a sheet repeats ("Không", "Hiệu trưởng",
 * "10/2023-05/2024"): a plan of 10,000 rows holds a few hundred distinct short texts. Bounded: the
 * memory is dropped when full. Answers must not be mutated by callers.
 */
export function memoText<R>(fn: (text: string) => R, size = 5000): (text: string) => R {
  const seen = new Map<string, R>();
  return (text: string) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as R;
    const r = fn(text);
    if (seen.size >= size) seen.clear();
    seen.set(text, r);
    return r;
  };
}
