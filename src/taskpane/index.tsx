/** The task pane: React + Fluent UI v9 on the Excel host (src/excel). */
import { createRoot } from "react-dom/client";
import { App } from "./App";

Office.onReady(() => createRoot(document.getElementById("root")!).render(<App />));
