import type { GridCell } from "../fixtures/grid";
import { check, crit, plan2018 } from "../fixtures/plans";

const rows = (...codes: string[]): GridCell[][] => [["MỨC 1, 2, 3"], ...codes.map((c) => crit(`Tiêu chí ${c}`))];
const header = (...lines: string[]): GridCell[][] => [...lines.map((l) => [l]), []];

function detect(h: GridCell[][], body: GridCell[][] = rows("1.1"), standardSet?: string) {
  const v = check(plan2018(body, { header: h }), { standardSet });
  return { id: v.detection.set.id, from: v.detection.detectedFrom.map((e) => e.source), school: v.detection.school };
}

describe("which standard set a plan follows", () => {
  it("the user's choice wins over everything the document says", () => {
    expect(detect(header("TRƯỜNG THPT A", "Căn cứ Thông tư 18/2018/TT-BGDĐT"), rows("1.1"), "tt17-2018")).toMatchObject({ id: "tt17-2018", from: ["user"] });
  });

  it("then the circular the document cites, whatever its type suffix ('18/2018/QĐ-BGDĐT')", () => {
    expect(detect(header("Số: 216/KH-THPT.TL", "Thông tư số 18/2018/QĐ-BGDĐT"))).toMatchObject({ id: "tt18-2018", from: ["circular", "schoolType"] });
  });

  it("a circular shared by three sets (57/2026) is narrowed by the school type", () => {
    expect(detect(header("UBND PHƯỜNG TÂN ĐỊNH", "TRƯỜNG MẦM NON HOA SEN", "Căn cứ Thông tư 57/2026/TT-BGDĐT"))).toMatchObject({ id: "tt57-2026-mam-non" });
    expect(detect(header("TRUNG TÂM GDNN-GDTX QUẬN 3", "Căn cứ Thông tư 57/2026/TT-BGDĐT"))).toMatchObject({ id: "tt57-2026-gdtx" });
  });

  it("matches school types as whole words: 'TH' is not 'THPT', 'TH&THCS' is both", () => {
    expect(detect(header("TRƯỜNG TH CẦU XÁNG", "Năm học 2020-2021")).id).toBe("tt17-2018");
    expect(detect(header("TRƯỜNG THPT CẦU XÁNG", "Năm học 2020-2021")).id).toBe("tt18-2018");
    expect(detect(header("TRƯỜNG TH&THCS TÂN THẠNH", "Năm học 2020-2021"))).toMatchObject({ id: "tt18-2018", school: { type: "th-thcs" } });
    expect(detect(header("Số: 12/KH-MN", "Năm học 2021-2022")).id).toBe("tt19-2018");
  });

  it("then the school year against TT57's date: 2026-2027 is TT57, 2025-2026 a 2018 circular", () => {
    expect(detect(header("TRƯỜNG THCS NGUYỄN DU", "KẾ HOẠCH năm học 2026 - 2027"))).toMatchObject({ id: "tt57-2026-pho-thong", from: ["schoolType", "schoolYear"] });
    expect(detect(header("TRƯỜNG THCS NGUYỄN DU", "KẾ HOẠCH năm học 2025 - 2026")).id).toBe("tt18-2018");
  });

  it("codes can only rule sets out: 5.6 exists only in TT18 among the 2018 sets", () => {
    expect(detect(header("Kế hoạch cải tiến"), rows("1.1", "5.6"))).toMatchObject({ id: "tt18-2018", from: ["layout", "codes"] });
  });

  it("standard titles never vote: a THPT plan with the preschool titles is still TT18", () => {
    const body: GridCell[][] = [["MỨC 1, 2, 3"], [5, "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"], crit("Tiêu chí 5.1")];
    expect(detect(header("TRƯỜNG THPT LÊ LỢI", "Năm học 2023-2024"), body).id).toBe("tt18-2018");
  });

  it("a circular that is not a standard set ('05/2023/TT-BGDĐT') is not evidence", () => {
    expect(detect(header("TRƯỜNG THPT CHUYÊN A", "theo thông tư 05/2023/TT-BGDĐT", "Năm học 2023 - 2024")).from).toEqual(["schoolType", "schoolYear"]);
  });

  it("reports the school's governing body, name, type and year", () => {
    expect(detect(header("UBND HUYỆN HÓC MÔN", "TRƯỜNG TH CẦU XÁNG", "Năm học 2020– 2021")).school).toEqual({ governingBody: "UBND HUYỆN HÓC MÔN", name: "TH CẦU XÁNG", type: "th", year: "2020-2021", yearCell: "A3" });
  });
});
