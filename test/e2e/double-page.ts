/**
 * Loaded in the browser in place of office.js: an Excel test double with an empty workbook,
 * installed as the `Office` and `Excel` globals, and exposed as `window.khctDouble` so the test can
 * type into cells and read them back as a person would.
 */
import { ExcelDouble } from "../double";
import { loadGrid } from "../double/grid-loader";
import { installOfficeGlobals } from "../double/install";
import type { GridWorkbook } from "../fixtures/grid";

const double = new ExcelDouble({ locale: "vi-VN", sheets: ["Sheet1"] });
installOfficeGlobals(window as unknown as Record<string, unknown>, double);
(window as unknown as { khctDouble: ExcelDouble }).khctDouble = double;
// lets a test open another workbook (a fixture, as Excel stored it) in place of the current one
(window as unknown as { khctOpen: (book: GridWorkbook) => void }).khctOpen = (book) => loadGrid(double, book);
