// The Host and Origin decision, tried as a DNS-rebinding page and a cross-site form would try it: generated variants.
import { describe, expect, it } from "vitest";
import { parseHost, type SameOriginSettings, sameOriginVerdict } from "../../server/http/security/sameOrigin";

const loopbackOnly: SameOriginSettings = { allowedHosts: [], checkHost: true, corsOrigins: [] };
const verdict = (
  method: string,
  host: string | undefined,
  origin?: string,
  fetchSite?: string,
  settings = loopbackOnly,
) => sameOriginVerdict({ method, host, origin, fetchSite }, settings);

const PORTS = ["", ":7400", ":80", ":65535"];
const LOOPBACK = ["127.0.0.1", "localhost", "LOCALHOST", "127.0.0.2", "127.255.255.254", "[::1]"];
/** Names an attacker's DNS can point at 127.0.0.1, and spellings meant to confuse a hand-written check. */
const FOREIGN = [
  "evil.example",
  "127.0.0.1.evil.example",
  "localhost.evil.example",
  "evil-localhost",
  "127.0.0.1.nip.io",
  "0.0.0.0",
  "10.0.0.5",
  "192.168.1.10",
  "[::ffff:127.0.0.1]",
  "[::]",
  "localhost.",
  "xn--localhost-abc",
];
const MALFORMED = [
  "",
  " ",
  "127.0.0.1 ",
  "user@127.0.0.1",
  "127.0.0.1/x",
  "127.0.0.1?x",
  "127.0.0.1#x",
  "127.0.0.1:99999",
  "[::1",
];

describe("parseHost", () => {
  it("should refuse what is not a plain host[:port]", () => {
    for (const h of MALFORMED) expect(parseHost(h), h).toBeUndefined();
    expect(parseHost(undefined)).toBeUndefined();
  });

  it("should read a host as a browser's URL parser does", () => {
    expect(parseHost("LocalHost:7400")).toEqual({ hostname: "localhost", host: "localhost:7400" });
    expect(parseHost("127.1")?.hostname).toBe("127.0.0.1");
    expect(parseHost("0x7f.1")?.hostname).toBe("127.0.0.1");
  });
});

describe("sameOriginVerdict: the Host header", () => {
  it("should refuse every foreign or malformed Host, for reads and writes alike", () => {
    for (const method of ["GET", "POST", "HEAD"]) {
      for (const name of [...FOREIGN, ...MALFORMED]) {
        for (const port of name === "" ? [""] : PORTS) {
          const v = verdict(method, `${name}${port}`);
          expect(v, `${method} ${name}${port}`).toMatchObject({ ok: false, code: "HOST_NOT_ALLOWED" });
        }
      }
      expect(verdict(method, undefined)).toMatchObject({ ok: false, code: "HOST_NOT_ALLOWED" });
    }
  });

  it("should serve loopback names on any port, and listed names", () => {
    for (const name of LOOPBACK) for (const port of PORTS) expect(verdict("GET", `${name}${port}`).ok).toBe(true);
    const listed = { ...loopbackOnly, allowedHosts: ["explorer.example"] };
    expect(verdict("GET", "explorer.example:443", undefined, undefined, listed).ok).toBe(true);
    expect(verdict("GET", "other.example", undefined, undefined, listed).ok).toBe(false);
  });

  it("should accept any Host when the check is off (a server off loopback, behind its token)", () => {
    const open = { ...loopbackOnly, checkHost: false };
    for (const name of FOREIGN) expect(verdict("GET", name, undefined, undefined, open).ok).toBe(true);
  });
});

describe("sameOriginVerdict: writes", () => {
  const host = "127.0.0.1:7400";
  const foreignOrigins = [
    "null",
    "http://evil.example",
    "http://127.0.0.1:7401",
    "http://127.0.0.1",
    "http://localhost:7400",
    "http://127.0.0.1:7400.evil.example",
    "http://127.0.0.1:7400/",
    "HTTP://127.0.0.1:7400",
    "file://",
    "chrome-extension://abcdef",
    "not a url",
    "",
  ];

  it("should refuse a write whose Origin is not this server's own", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      for (const origin of foreignOrigins) {
        expect(verdict(method, host, origin), `${method} ${origin}`).toMatchObject({
          ok: false,
          code: "ORIGIN_NOT_ALLOWED",
        });
      }
    }
  });

  it("should refuse a write without Origin that a browser marks cross-site", () => {
    for (const site of ["cross-site", "same-site", "CROSS-SITE", "x"]) {
      expect(verdict("POST", host, undefined, site)).toMatchObject({ ok: false, code: "ORIGIN_NOT_ALLOWED" });
    }
  });

  it("should let through the page's own writes, CORS-allowed origins, reads, and non-browser clients", () => {
    expect(verdict("POST", host, "http://127.0.0.1:7400").ok).toBe(true);
    expect(verdict("POST", "localhost:7400", "http://localhost:7400", "same-origin").ok).toBe(true);
    expect(verdict("POST", host, undefined, "none").ok).toBe(true);
    expect(verdict("POST", host).ok).toBe(true);
    for (const origin of foreignOrigins) expect(verdict("GET", host, origin).ok).toBe(true);
    const cors = { ...loopbackOnly, corsOrigins: ["https://a.example"] };
    expect(verdict("POST", host, "https://a.example", undefined, cors).ok).toBe(true);
  });
});
