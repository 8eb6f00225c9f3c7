/**
 * The pane follows the selection (help on the selected criterion) with a handler it removes when it
 * closes: the removal runs `Excel.run(handler.context, …)`, which the double now supports as
 * office-js does, so this test sees the handler go.
 */
import { watchSelection } from "../../src/taskpane/selection";
import { ExcelDouble, installOfficeGlobals } from "../double";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the pane's selection handler", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("hears selection changes until the pane stops watching, and is then removed from Excel", async () => {
    const excel = new ExcelDouble();
    uninstall = installOfficeGlobals(globalThis as unknown as Record<string, unknown>, excel);
    let heard = 0;
    const stop = watchSelection(() => heard++);
    await settle();
    expect(excel.model.selectionHandlers.size).toBe(1);
    excel.user.select("Sheet1", "B2");
    await settle();
    expect(heard).toBe(1);

    stop();
    await settle();
    expect(excel.model.selectionHandlers.size).toBe(0);
    excel.user.select("Sheet1", "C3");
    await settle();
    expect(heard).toBe(1);
  });

  it("runs a batch in the request context it is given, as Excel.run(context, batch) does", async () => {
    const excel = new ExcelDouble();
    let first: Excel.RequestContext | undefined;
    await excel.run(async (context) => void (first = context));
    const again = await excel.run(first!, async (context) => context);
    expect(again).toBe(first);
  });
});
