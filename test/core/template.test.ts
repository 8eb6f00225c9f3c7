import { readTables } from "../../src/core/plan/read";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import { SheetView, type WorkbookSnapshot } from "../../src/core/sheet/snapshot";
import { STANDARD_SETS, indexOf } from "../../src/core/standards/sets";
import { buildTemplate } from "../../src/core/template/build-template";
import { targetPhrases } from "../../src/core/template/lists";
import { TemplateError, resolveTemplate, type TemplateRequest } from "../../src/core/template/options";
import { validateWorkbook } from "../../src/core/validate/validate";

const TODAY = "2026-11-23";

function template(req: TemplateRequest) {
  const patches = buildTemplate(resolveTemplate(req, TODAY)).sheets;
  const workbook: WorkbookSnapshot = { sheets: patches.map((p) => applyPatchToSnapshot(null, p)) };
  return { patches, workbook, plan: patches[0], lists: patches[1], validation: validateWorkbook(workbook) };
}

const texts = (w: WorkbookSnapshot) => w.sheets[0].values.flat().filter((v): v is string => typeof v === "string");

describe("the plan template, for every standard set", () => {
  it.each(STANDARD_SETS.map((s) => [s.id]))("%s: KHCT reads back its own template as a plan of that set, every criterion code stored as text", (id) => {
    const { validation, workbook } = template({ standardSet: id, criteria: "all", school: "Trường Thực Hành", year: "2026-2027" });
    expect(validation.detection.set.id).toBe(id);
    expect(validation.detection.detectedFrom[0].source).toBe("circular");
    expect(validation.summary.criteria).toBe(indexOf(validation.detection.set).criteria.size);
    const codes = texts(workbook).filter((t) => t.startsWith("Tiêu chí "));
    expect(codes.length).toBeGreaterThanOrEqual(validation.summary.criteria);
    // an unfilled template only lacks what staff must fill in: one required/unfilled per criterion row, no wrong code, title or level
    // (the Mức 4 wording the reference lacks is marked for staff to replace: template/placeholder)
    const rules = validation.diagnostics.map((d) => d.rule).filter((r) => r !== "plan/replaced-standard-set" && r !== "template/placeholder");
    expect(rules).toEqual(Array(validation.summary.criteria).fill("required/unfilled"));
  });

  it("2018 layout: the 9-column table, level groups, every standard with its official title", () => {
    const { validation, workbook } = template({ standardSet: "tt18-2018", schoolType: "thpt", school: "THPT Nguyễn Du", year: "2025-2026" });
    expect(validation.table?.layout.id).toBe("plan-2018");
    expect(Object.keys(validation.table!.columns)).toEqual(["tt", "criterion", "target", "tasks", "lead", "period", "budget", "support", "notes"]);
    const t = texts(workbook);
    expect(t).toContain("MỨC 1, 2, 3");
    expect(t).toContain("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh");
    expect(t).toContain("MỨC 4");
    expect(t).toContain("Yêu cầu 1 (Điều 22) — chưa có nội dung chính thức"); // TT18's Mức 4 wording is not in the reference
    expect(validation.diagnostics.filter((d) => d.rule !== "required/unfilled" && d.rule !== "template/placeholder")).toEqual([]);
    expect(validation.diagnostics.filter((d) => d.rule === "required/unfilled")).toHaveLength(28); // one per criterion row, not two (tasks, lead)
    // the placeholders are flagged, each in its cell, until staff replace them
    const placeholders = validation.diagnostics.filter((d) => d.rule === "template/placeholder");
    expect(placeholders.map((d) => workbook.sheets[0].values[d.row][d.col])).toEqual([1, 2, 3, 4, 5].map((i) => `Yêu cầu ${i} (Điều 22) — chưa có nội dung chính thức`));
    expect(placeholders[0]).toMatchObject({ severity: "warning", message: { vi: expect.stringContaining("nội dung tạm của mẫu KHCT") } });
  });

  it("never invents what the reference leaves open: TT19's Mức 4 gets one marked placeholder; TT17's rebuilt wording is marked", () => {
    expect(texts(template({ standardSet: "tt19-2018" }).workbook)).toContain("Số yêu cầu và nội dung của Mức 4 chưa được xác nhận — chưa có nội dung chính thức");
    const tt17 = texts(template({ standardSet: "tt17-2018" }).workbook).filter((s) => s.includes("[chưa đối chiếu nguyên văn Điều 22]"));
    expect(tt17).toHaveLength(5);
  });

  it("header as administrative documents are laid out: governing body over the school in capitals, number, motto, place and date, title, circular", () => {
    const { workbook, plan } = template({ schoolType: "thpt", school: "Trường THPT Nguyễn Du", number: "45/KH-THPTND", place: "Quận 10", date: "2026-09-05", year: "2026-2027" });
    const v = workbook.sheets[0].values;
    expect(v[0][0]).toBe("SỞ GIÁO DỤC VÀ ĐÀO TẠO …");
    expect(v[0][5]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(v[1][0]).toBe("TRƯỜNG THPT NGUYỄN DU");
    expect(v[1][5]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(v[2][0]).toBe("Số: 45/KH-THPTND");
    expect(v[2][5]).toBe("Quận 10, ngày 05 tháng 9 năm 2026");
    expect(v[4][0]).toBe("KẾ HOẠCH");
    expect(v[5][0]).toBe("Cải tiến chất lượng giáo dục năm học 2026 - 2027");
    // the form is Biểu 2 of Phụ lục V (Phụ lục I–III hold the criteria); the criteria's annex is named in section II
    expect(v[6][0]).toBe("(Biểu 2, Phụ lục V kèm theo Thông tư số 57/2026/TT-BGDĐT)");
    expect(texts(workbook)).toContain("1. Báo cáo tự đánh giá năm học … theo các tiêu chí tại Phụ lục II Thông tư số 57/2026/TT-BGDĐT.");
    expect(plan.styles?.some((s) => s.range === "A2:E2" && s.style.font?.bold)).toBe(true);
  });

  it("offers UBND xã/phường for mầm non, tiểu học and THCS, the Sở for THPT, and keeps what the user types", () => {
    expect(template({ schoolType: "th" }).workbook.sheets[0].values[0][0]).toBe("UBND XÃ/PHƯỜNG …");
    expect(template({ schoolType: "thcs-thpt" }).workbook.sheets[0].values[0][0]).toBe("SỞ GIÁO DỤC VÀ ĐÀO TẠO …");
    expect(template({ schoolType: "mn", governingBody: "UBND phường Tân Định" }).workbook.sheets[0].values[0][0]).toBe("UBND phường Tân Định");
  });

  it("TT57 layout: sections I–VIII, the key-problems, plan and monitoring tables, rows for the chosen criteria only", () => {
    const { workbook, validation } = template({ schoolType: "thcs", criteria: "mandatory", year: "2026-2027" });
    const tables = readTables(new SheetView(workbook.sheets[0])).map((t) => t.layout.id);
    expect(tables).toEqual(["problems-tt57", "plan-tt57", "monitoring-tt57"]);
    const t = texts(workbook);
    for (const s of ["I. THÔNG TIN CHUNG", "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN", "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO", "Cuối học kỳ I", "Cuối năm học"]) expect(t).toContain(s);
    expect(validation.table?.layout.id).toBe("plan-tt57");
    expect(validation.summary.criteria).toBe(8);
    expect(t).toContain("Tiêu chí 1.4: Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình");
  });

  it("TT57 defaults to no criteria (the form asks for priority problems) and leaves empty rows with dropdowns", () => {
    const { plan, validation } = template({ schoolType: "th" });
    expect(validation.summary.criteria).toBe(0);
    const sources = (plan.validations ?? []).map((v) => v.source ?? "items");
    expect(sources.filter((s) => s.includes("KHCT_DM_tt57-2026-pho-thong"))).toHaveLength(5);
  });

  it("dropdowns in 'Kết quả cần đạt' offer only the levels each criterion has, from a very hidden list sheet", () => {
    const { plan, lists } = template({ standardSet: "tt18-2018", criteria: "1.1,1.2" });
    expect(lists.visibility).toBe("veryHidden");
    const targetLists = (plan.validations ?? []).filter((v) => v.range.startsWith("C"));
    expect(targetLists.map((v) => v.source)).toEqual(["='KHCT_DM_tt18-2018'!$B$1:$B$7", "='KHCT_DM_tt18-2018'!$A$1:$A$4"]);
    expect(targetPhrases(2)).toEqual(["Đạt mức 1", "Đạt mức 2 (hiện trạng mức 1)", "Duy trì mức 1", "Duy trì mức 2"]);
    expect(targetPhrases(3)).toContain("Đạt mức 3 (hiện trạng mức 2)");
    expect(targetLists.every((v) => v.strict === false)).toBe(true); // free text stays allowed
    const criteriaList = lists.blocks[0].values.map((r) => r[2]).filter(Boolean).join(",");
    expect(criteriaList.length).toBeGreaterThan(255); // why it lives in a sheet
  });

  it("looks like a printed plan: Times New Roman, A4 landscape at an explicit scale, Nghị định 30's margins, header row repeated and frozen", () => {
    const { plan } = template({ standardSet: "tt18-2018" });
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: false, scale: 78, repeatRows: "$9:$9", printArea: expect.stringMatching(/^A1:I\d+$/) });
    expect(plan.print?.margins).toMatchObject({ left: 1.1811, right: 0.5906, top: 0.7874, bottom: 0.7874 }); // 30, 15, 20, 20 mm
    expect(plan.print?.pageNumbers).toEqual({ fromPage: 2, font: "Times New Roman", size: 13 });
    expect(plan.freeze).toEqual({ rows: 9 });
    expect(plan.styles?.[0].style.font?.name).toBe("Times New Roman");
    expect(plan.create).toBe(true);
    expect(plan.columnWidths).toHaveLength(9);
  });

  it("signs as the documents do: Nơi nhận from the governing body given, the head or 'KT.' for a deputy, the name when known, else the form's instruction", () => {
    const texts18 = texts(template({ standardSet: "tt18-2018", schoolType: "thpt", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH" }).workbook);
    expect(texts18).toEqual(expect.arrayContaining(["Nơi nhận:", "- Sở Giáo dục và Đào tạo TP. Hồ Chí Minh (để báo cáo);", "- Lưu: VT.", "HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"]));
    expect(texts18.filter((t) => t.includes("UBND"))).toEqual([]); // a Sở-governed school no longer reports to the commune
    const deputy = texts(template({ schoolType: "th", school: "TH Cầu Xáng", governingBody: "UBND XÃ BÀ ĐIỂM", signer: { deputy: true, name: "Trương Văn Hậu" } }).workbook);
    expect(deputy).toEqual(expect.arrayContaining(["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Trương Văn Hậu", "- UBND xã Bà Điểm (để báo cáo);", "TRƯỜNG TH CẦU XÁNG"]));
    expect(deputy).not.toContain("(Ký, ghi rõ họ tên, đóng dấu)");
  });

  it("a continuing-education centre is issued and signed as a centre, and TT57's section I says what is known", () => {
    const { workbook } = template({ schoolType: "gdtx", school: "Trung tâm GDNN-GDTX Quận 3", year: "2026-2027" });
    const t = texts(workbook);
    expect(workbook.sheets[0].values[1][0]).toBe("TRUNG TÂM GDNN-GDTX QUẬN 3");
    expect(t).toEqual(expect.arrayContaining(["GIÁM ĐỐC", "1. Tên cơ sở giáo dục: Trung tâm GDNN-GDTX Quận 3", "2. Loại hình: Trung tâm giáo dục thường xuyên", "3. Địa chỉ: …"]));
    expect(t.filter((x) => /HIỆU TRƯỞNG|TRƯỜNG TRUNG TÂM/.test(x))).toEqual([]);
    expect(texts(template({ schoolType: "gdtx", school: "GDNN-GDTX Quận 1" }).workbook)).toContain("TRUNG TÂM GDNN-GDTX QUẬN 1");
    expect(texts(template({ schoolType: "thcs", school: "Văn Lang" }).workbook)).toEqual(expect.arrayContaining(["1. Tên cơ sở giáo dục: Trường Văn Lang", "2. Loại hình: Trường trung học cơ sở"]));
  });

  it("marks the placeholders staff must replace on screen (red italics, top-aligned) and numbers the TT column centred", () => {
    const { plan } = template({ standardSet: "tt18-2018", criteria: "none" });
    const placeholder = plan.styles!.find((s) => s.style.font?.color === "#C00000")!;
    expect(placeholder.style).toMatchObject({ font: { italic: true }, vAlign: "top" });
    expect(plan.styles!.some((s) => /^A\d+(:A\d+)?$/.test(s.range) && s.style.hAlign === "center")).toBe(true);
  });

  it("starts from a self-evaluation: targets pre-filled", () => {
    const { workbook } = template({ standardSet: "tt18-2018", criteria: "1.1", targets: new Map([["1.1", "Đạt mức 3 (hiện trạng mức 2)"]]) });
    expect(texts(workbook)).toContain("Đạt mức 3 (hiện trạng mức 2)");
  });

  it("refuses what cannot be: mandatory criteria of a 2018 set, unknown codes, no set nor type", () => {
    expect(() => template({ standardSet: "tt18-2018", criteria: "mandatory" })).toThrow(TemplateError);
    expect(() => template({ standardSet: "tt17-2018", criteria: "5.6" })).toThrow(/5\.6/);
    expect(() => template({})).toThrow(TemplateError);
  });
});

describe("an empty plan never checks clean", () => {
  it("a TT57 template as inserted (its plan rows only numbered) gets one plan/empty error, on the first row's content cell", () => {
    const { validation } = template({ schoolType: "thpt", year: "2026-2027" });
    const empty = validation.diagnostics.filter((d) => d.rule === "plan/empty");
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ severity: "error", cell: `B${validation.table!.firstRow + 1}` });
    expect(empty[0].message.vi).toContain('"Hoạt động/giải pháp"');
    expect(validation.summary.errors).toBe(1);
  });

  it("a 2018 template without criterion rows gets it too: its Mức 4 requirements alone say nothing the school will do", () => {
    const { validation } = template({ standardSet: "tt18-2018", criteria: "none", year: "2025-2026" });
    expect(validation.diagnostics.map((d) => d.rule)).toContain("plan/empty");
  });

  it("a template with criterion rows does not (its rows not filled in are required/unfilled instead)", () => {
    for (const req of [{ schoolType: "thpt" as const, criteria: "mandatory", year: "2026-2027" }, { standardSet: "tt18-2018", criteria: "1.2", year: "2025-2026" }]) {
      const { validation } = template(req);
      expect(validation.diagnostics.map((d) => d.rule)).not.toContain("plan/empty");
      expect(validation.diagnostics.map((d) => d.rule)).toContain("required/unfilled");
    }
  });
});
