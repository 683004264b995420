import { describe, expect, it } from "vitest";
import { graphFromWire } from "../dataset/utils";
import { applyFilters, getEmptyFiltersState } from "../filters/utils";
import { smallWire } from "../testing/fixtures";
import { colorForType, EDGE_COLOR, EDGE_MULTI_SOURCE_COLOR, EDGE_SINGLE_SOURCE_COLOR } from "./palette";
import { isRtl, relationLabel, truncate } from "./text";
import {
  buildVisualGraph,
  claimCount,
  edgeSize,
  getEmptyAppearanceState,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeLabel,
  scaleSize,
  setLanguage,
  setSizeBy,
} from "./utils";

const data = graphFromWire(smallWire());
const all = applyFilters(data, getEmptyFiltersState());

describe("appearance", () => {
  it("should fall back to a colour for an unknown type, the same every time", () => {
    expect(colorForType("Spaceship")).toMatch(/^#[0-9a-f]{6}$/);
    expect(colorForType("Spaceship")).toBe(colorForType("Spaceship"));
    expect(colorForType("Person")).not.toBe(colorForType("Organization"));
  });

  it("should detect right-to-left labels by their first strong character", () => {
    expect(isRtl("")).toBe(false);
    expect(isRtl("123")).toBe(false);
    expect(isRtl("ماتي تشاو")).toBe(true);
    expect(isRtl("ديب سيك V3")).toBe(true);
    expect(isRtl("V3 ديب سيك")).toBe(false);
    expect(relationLabel("WORKS_FOR")).toBe("works for");
    expect(truncate("abcdef", 4)).toBe("abc…");
  });

  it("should label nodes in the chosen language, claims by statement or original words", () => {
    expect(nodeLabel(data.getNodeAttributes("person:zhao"), "ar")).toBe("ماتي تشاو");
    expect(nodeLabel(data.getNodeAttributes("person:zhao"), "en")).toBe("Matty Zhao");
    expect(nodeLabel(data.getNodeAttributes("claim:capex"), "ar")).toBe("من المتوقع أن يصل الإنفاق");
    expect(nodeLabel(data.getNodeAttributes("claim:capex"), "en").endsWith("…")).toBe(true);
  });

  it("should scale sizes between the bounds, and never divide by zero", () => {
    expect(scaleSize(3, 0)).toBe(MIN_NODE_SIZE);
    expect(scaleSize(-1, 4)).toBe(MIN_NODE_SIZE);
    expect(scaleSize(4, 4)).toBe(MAX_NODE_SIZE);
    expect(claimCount(data, "person:zhao")).toBe(2);
  });

  it("should build sigma's graph from visible data only, sized by degree or by claims", () => {
    const byDegree = buildVisualGraph(data, all, { appearance: getEmptyAppearanceState(), singleSourceOnly: false });
    expect(byDegree.nodes.size).toBe(data.order);
    expect(byDegree.nodes.get("country:china")?.size).toBe(MAX_NODE_SIZE);
    const byClaims = buildVisualGraph(data, all, {
      appearance: setSizeBy("claims")(getEmptyAppearanceState()),
      singleSourceOnly: false,
    });
    expect(byClaims.nodes.get("person:zhao")?.size).toBe(MAX_NODE_SIZE);
    const arabic = buildVisualGraph(data, all, {
      appearance: setLanguage("ar")(getEmptyAppearanceState()),
      singleSourceOnly: false,
    });
    expect(arabic.nodes.get("org:bofa")).toMatchObject({ label: "بنك أوف أمريكا", rtl: true });
    expect("x" in (arabic.nodes.get("org:bofa") ?? {})).toBe(false);
  });

  it("should draw claims large and labelled when the view is narrowed to them", () => {
    const options = { appearance: getEmptyAppearanceState(), singleSourceOnly: false };
    const plain = buildVisualGraph(data, all, options);
    const narrowed = buildVisualGraph(data, all, { ...options, emphasiseClaims: true });
    expect(plain.nodes.get("claim:gov")).toMatchObject({ forceLabel: false });
    expect(narrowed.nodes.get("claim:gov")).toMatchObject({ forceLabel: true });
    expect(narrowed.nodes.get("claim:gov")?.size).toBeGreaterThan(plain.nodes.get("claim:gov")?.size ?? Infinity);
    expect(narrowed.nodes.get("org:bofa")?.forceLabel).toBe(false);
  });

  it("should colour single-source edges only when asked", () => {
    const plain = buildVisualGraph(data, all, { appearance: getEmptyAppearanceState(), singleSourceOnly: false });
    const emphasised = buildVisualGraph(data, all, { appearance: getEmptyAppearanceState(), singleSourceOnly: true });
    expect(plain.edges.get("person:zhao|WORKS_FOR|org:bofa")?.attributes.color).toBe(EDGE_COLOR);
    expect(emphasised.edges.get("person:zhao|WORKS_FOR|org:bofa")?.attributes.color).toBe(EDGE_SINGLE_SOURCE_COLOR);
    expect(emphasised.edges.get("org:bofa|COVERS|country:china")?.attributes.color).toBe(EDGE_COLOR);
    expect(emphasised.edges.get("org:bofa|COVERS|country:china")?.attributes.supportMarked).toBe(false);
  });

  it("should colour the edges on two or more sources instead, in green, when the highlight's mode asks", () => {
    const options = {
      appearance: getEmptyAppearanceState(),
      singleSourceOnly: true,
      supportHighlight: "multiple" as const,
    };
    const several = buildVisualGraph(data, all, options);
    expect(several.edges.get("org:bofa|COVERS|country:china")?.attributes).toMatchObject({
      supportMarked: true,
      color: EDGE_MULTI_SOURCE_COLOR,
    });
    expect(several.edges.get("person:zhao|WORKS_FOR|org:bofa")?.attributes).toMatchObject({
      supportMarked: false,
      color: EDGE_COLOR,
    });
    expect(several.nodes.get("claim:capex")?.supportMarked).toBe(false);
  });

  it("should draw edges wider by independent sources, not by quotes or documents", () => {
    expect(edgeSize(0)).toBe(edgeSize(1));
    expect(edgeSize(2)).toBeGreaterThan(edgeSize(1));
    expect(edgeSize(9)).toBe(edgeSize(4));
    const derived = graphFromWire(smallWire());
    derived.setEdgeAttribute("org:bofa|COVERS|country:china", "independentSupport", 1);
    const visual = buildVisualGraph(derived, applyFilters(derived, getEmptyFiltersState()), {
      appearance: getEmptyAppearanceState(),
      singleSourceOnly: true,
    });
    const covers = visual.edges.get("org:bofa|COVERS|country:china")?.attributes;
    expect(covers).toMatchObject({ supportMarked: true, color: EDGE_SINGLE_SOURCE_COLOR });
    expect(covers?.size).toBe(edgeSize(1) + 1);
  });
});
