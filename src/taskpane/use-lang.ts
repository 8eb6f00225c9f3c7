import { useCallback, useState } from "react";
import type { Lang } from "../core/rules/types";

const KEY = "khct.lang";

function stored(): Lang {
  try {
    return window.localStorage.getItem(KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

/** Vietnamese until the user switches; the choice is remembered on this computer. */
export function useLang(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(stored);
  const choose = useCallback((next: Lang) => {
    setLang(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // storage may be off (private mode): the choice lasts this session
    }
    document.documentElement.lang = next;
  }, []);
  return [lang, choose];
}
