import { describe, expect, it } from "vitest";
import { readableBytes, titleFrom } from "./documents";

describe("the add-document form's proposals", () => {
  it("should propose no title for empty text, and the first line's first sentence otherwise", () => {
    expect(titleFrom("   \n ")).toBe("");
    expect(titleFrom("DeepSeek trains R2. It said so on Monday.")).toBe("DeepSeek trains R2.");
    expect(titleFrom("Headline without a stop\nBody text.")).toBe("Headline without a stop");
    expect(titleFrom("قالت ديب سيك إنها ستدرب نموذجا جديدا. وأضافت الشركة.")).toBe(
      "قالت ديب سيك إنها ستدرب نموذجا جديدا.",
    );
  });

  it("should cut a long first sentence at a word, with an ellipsis", () => {
    const title = titleFrom(`${"word ".repeat(40)}end.`);
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title.endsWith("word…")).toBe(true);
  });

  it("should write sizes for a person", () => {
    expect(readableBytes(512)).toBe("512 bytes");
    expect(readableBytes(820 * 1024)).toBe("820 KB");
    expect(readableBytes(16 * 1024 * 1024)).toBe("16 MB");
  });
});
