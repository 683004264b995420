// The bench's CPU-profile summary: self time by layer and function, from a .cpuprofile's samples and time deltas.
import { describe, expect, it } from "vitest";
import { type CpuProfile, layerOf, summariseProfile } from "../bench/profile/summarise";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });

describe("summariseProfile", () => {
  it("should sort frames into the layers the bench asks about by their script", () => {
    expect(
      layerOf(frame("unpack", "file:///w/node_modules/neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js")),
    ).toBe("Bolt decoding (neo4j-driver)");
    expect(layerOf(frame("toWireNode", "file:///w/server/mappers/nodes.ts"))).toBe(
      "mapping (server/mappers, repositories)",
    );
    expect(layerOf(frame("writeJson", "file:///w/server/domain/export/writers/json.ts"))).toBe(
      "writing (JSON, NDJSON, export formats)",
    );
    expect(layerOf(frame("handle", "file:///w/node_modules/router/lib/layer.js"))).toBe(
      "HTTP stack (express, node:http, net)",
    );
    expect(layerOf(frame("write", "node:_http_outgoing"))).toBe("HTTP stack (express, node:http, net)");
    expect(layerOf(frame("(garbage collector)", ""))).toBe("garbage collection");
    expect(layerOf(frame("(idle)", ""))).toBe("idle");
    expect(layerOf(frame("anything", "file:///w/server/layout/x.ts"))).toBe("other server code");
  });

  it("should add each sample's time delta to its node's self time, and leave idle out of the shares", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "") },
        { id: 2, callFrame: frame("unpack", "file:///w/node_modules/neo4j-driver-core/lib/x.js") },
        { id: 3, callFrame: frame("toWireNode", "file:///w/server/mappers/nodes.ts") },
        { id: 4, callFrame: frame("(idle)", "") },
      ],
      samples: [2, 2, 3, 4, 2],
      timeDeltas: [1000, 2000, 1000, 50_000, 4000],
    };
    const s = summariseProfile(profile);
    expect(s.busyMs).toBe(8);
    expect(s.layers).toEqual([
      { layer: "Bolt decoding (neo4j-driver)", ms: 7, share: 7 / 8 },
      { layer: "mapping (server/mappers, repositories)", ms: 1, share: 1 / 8 },
    ]);
    expect(s.functions[0]).toMatchObject({
      name: "unpack",
      where: "node_modules/neo4j-driver-core/lib/x.js:10",
      ms: 7,
    });
    // From a moment on: the samples taken at 1,000 + 4,000 µs and later (the third onwards) count.
    const since = summariseProfile({ ...profile, startTime: 1000 }, 15, 1000 + 4000);
    expect(since.busyMs).toBe(5);
    expect(since.layers.map((l) => [l.layer, l.ms])).toEqual([
      ["Bolt decoding (neo4j-driver)", 4],
      ["mapping (server/mappers, repositories)", 1],
    ]);
  });
});
