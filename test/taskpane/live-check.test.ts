/**
 * "Kiểm tra khi nhập": which changes of the plan sheet start a check, and when — a burst of typing
 * is one check a second after the last key, KHCT's own writes are none, edits beside the table none.
 */
import { changedSpan, LiveCheck, LIVE_DEBOUNCE_MS, OwnWrites, OWN_WRITE_QUIET_MS, touchesTable } from "../../src/taskpane/live-check";

const TABLE = { top: 9, left: 0, right: 8 }; // header on row 10, columns A:I

describe("which changes touch the plan table", () => {
  it("reads the addresses Excel reports: cells, ranges, whole rows, whole columns", () => {
    expect(changedSpan("B12")).toEqual({ top: 11, bottom: 11, left: 1, right: 1 });
    expect(changedSpan("'Kế hoạch'!$A$5:$C$7")).toEqual({ top: 4, bottom: 6, left: 0, right: 2 });
    expect(changedSpan("7:8")).toMatchObject({ top: 6, bottom: 7, left: 0 });
    expect(changedSpan("C:D")).toMatchObject({ top: 0, left: 2, right: 3 });
    expect(changedSpan("nonsense!")).toBeNull();
  });

  it("counts cells in the table's columns from its header down, rows inserted anywhere below the header, and any change when there is no table", () => {
    expect(touchesTable("D14", TABLE)).toBe(true);
    expect(touchesTable("D400", TABLE)).toBe(true); // a row typed under the table may extend it
    expect(touchesTable("12:12", TABLE)).toBe(true);
    expect(touchesTable("A2", TABLE)).toBe(false); // the document header above the table
    expect(touchesTable("M14", TABLE)).toBe(false); // a note beside the table
    expect(touchesTable("M14, B20", TABLE)).toBe(true);
    expect(touchesTable("Z1", undefined)).toBe(true);
  });
});

describe("when a check runs", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setUp(recheck: jest.Mock<Promise<void>, []> = jest.fn(async () => undefined)) {
    const clock = { t: 0 };
    const own = new OwnWrites(() => clock.t);
    const live = new LiveCheck({ recheck, relevant: (a) => touchesTable(a, TABLE), ownWrites: own });
    const user = (address: string) => live.hear({ address, byThisAddin: false });
    return { recheck, own, live, user, clock };
  }

  it("checks once, a second after the last of a burst of edits", async () => {
    const { recheck, user } = setUp();
    user("B12");
    await jest.advanceTimersByTimeAsync(600);
    user("C12");
    await jest.advanceTimersByTimeAsync(600);
    user("D12");
    expect(recheck).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  it("ignores KHCT's own writes (ExcelApi 1.14 says so) and edits outside the table", async () => {
    const { recheck, live } = setUp();
    live.hear({ address: "B12", byThisAddin: true });
    live.hear({ address: "A2", byThisAddin: false });
    await jest.advanceTimersByTimeAsync(5000);
    expect(recheck).not.toHaveBeenCalled();
    expect(live.stats).toEqual({ heard: 2, counted: 0, checks: 0 });
  });

  it("below ExcelApi 1.14, takes changes heard during a KHCT command or just after it for KHCT's own", async () => {
    const { recheck, live, own, clock } = setUp();
    own.begin();
    live.hear({ address: "B12", byThisAddin: null });
    own.end();
    clock.t += OWN_WRITE_QUIET_MS - 1;
    live.hear({ address: "B12", byThisAddin: null });
    await jest.advanceTimersByTimeAsync(5000);
    expect(recheck).not.toHaveBeenCalled();
    clock.t += 2;
    live.hear({ address: "B12", byThisAddin: null });
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  it("never runs two checks at once: edits during a check bring one more check after it", async () => {
    let finish: () => void = () => undefined;
    const recheck = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user } = setUp(recheck);
    user("B12");
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(recheck).toHaveBeenCalledTimes(1);
    user("C12");
    user("D12");
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 3);
    expect(recheck).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  it("waits for a KHCT command to finish before checking", async () => {
    const { recheck, user, own } = setUp();
    user("B12");
    own.begin();
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 3);
    expect(recheck).not.toHaveBeenCalled();
    own.end();
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  it("stops when disposed (the switch off, the pane closed), and a failed check does not stop it", async () => {
    const recheck = jest.fn(async () => {
      throw new Error("Excel is busy");
    });
    const { live, user } = setUp(recheck);
    user("B12");
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    user("B13");
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(recheck).toHaveBeenCalledTimes(2);
    user("B14");
    live.dispose();
    await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 2);
    expect(recheck).toHaveBeenCalledTimes(2);
  });
});
