/**
 * Loaded in the browser in place of office.js: an Excel test double with an empty workbook,
 * installed as the `Office` and `Excel` globals, and exposed as `window.khctDouble` so the test can
 * type into cells and read them back as a person would.
 */
import { ExcelDouble } from "../double";
import { installOfficeGlobals } from "../double/install";

const double = new ExcelDouble({ locale: "vi-VN", sheets: ["Sheet1"] });
installOfficeGlobals(window as unknown as Record<string, unknown>, double);
(window as unknown as { khctDouble: ExcelDouble }).khctDouble = double;
