/** The task pane: React + Fluent UI v9 on the Excel host (src/excel). */
import { createRoot } from "react-dom/client";
import { App } from "./App";

// on Internet Explorer's or Edge Legacy's webview the page's first script shows what to use instead
if (!document.documentElement.hasAttribute("data-unsupported")) Office.onReady(() => createRoot(document.getElementById("root")!).render(<App />));
