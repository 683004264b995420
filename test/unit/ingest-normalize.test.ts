import { normalizeKey, searchKeysOf } from "@domain/text/normalize";
import { describe, expect, it } from "vitest";

describe("normalizeKey", () => {
  it("should return an empty key for text made only of spaces and punctuation", () => {
    expect(normalizeKey("  — «» ، ")).toBe("");
  });

  it("should remove spaces so run-together Arabic words match their spaced form", () => {
    expect(normalizeKey("الولاياتالمتحدة")).toBe(normalizeKey("الولايات المتحدة"));
  });

  it("should strip tatweel and harakat", () => {
    expect(normalizeKey("الصــين")).toBe(normalizeKey("الصين"));
    expect(normalizeKey("الصِّينُ")).toBe(normalizeKey("الصين"));
  });

  it("should unify the alef forms أ إ آ ٱ with ا", () => {
    const plain = normalizeKey("امريكا");
    for (const form of ["أمريكا", "إمريكا", "آمريكا", "ٱمريكا"]) expect(normalizeKey(form)).toBe(plain);
  });

  it("should write taa marbuta as haa and alef maqsura as yaa", () => {
    expect(normalizeKey("نجمة")).toBe(normalizeKey("نجمه"));
    expect(normalizeKey("مصطفى")).toBe(normalizeKey("مصطفي"));
  });

  it("should case-fold and unaccent Latin and ignore punctuation", () => {
    expect(normalizeKey("DeepSeek-V3")).toBe(normalizeKey("deepseek v3"));
    expect(normalizeKey("Société Générale")).toBe("societegenerale");
  });

  it("should make Arabic-Indic digits ASCII", () => {
    expect(normalizeKey("٢٠٢٥")).toBe("2025");
    expect(normalizeKey("۲۰۲۵")).toBe("2025");
  });

  it("should give the same key for NFC and NFD input", () => {
    expect(normalizeKey("أمريكا".normalize("NFD"))).toBe(normalizeKey("أمريكا"));
  });
});

describe("searchKeysOf", () => {
  it("should skip undefined and empty keys and drop duplicates, keeping first-seen order", () => {
    expect(searchKeysOf(["Tencent", undefined, "TENCENT", "—", "تنسنت"])).toEqual(["tencent", "تنسنت"]);
  });
});
