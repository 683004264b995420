// Neo4j's own text of floats, temporal values, durations and points, written from the driver's decoded values.

/** The integer fields of the driver's temporal values: a neo4j Integer, a number or a bigint. */
type IntLike = { toString(): string } | number | bigint;

const big = (v: IntLike | undefined | null): bigint => BigInt(v === undefined || v === null ? 0 : v.toString());
const pad = (n: bigint, width: number) => (n < 0n ? -n : n).toString().padStart(width, "0");

/**
 * A float as Neo4j (Java's Double.toString) writes it: `48.0`, `0.001`, `9999999.0`, `1.0E7`, `9.9E-4`, `1.0E20`,
 * `-0.0`, `NaN`, `Infinity`, `-Infinity`. Decimal between 10^-3 and 10^7, scientific outside; the digits are the
 * shortest that read back to the same double (Java 19+; Java 17 prints a longer tail for a few rare doubles).
 */
export function floatText(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Number.POSITIVE_INFINITY) return "Infinity";
  if (x === Number.NEGATIVE_INFINITY) return "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes(".") ? s : `${s}.0`;
  }
  const [mantissa = "0", exponent = "0"] = x.toExponential().split("e");
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** ISO date as java.time writes it: 4-digit years padded, `+10000-01-01` past 9999, `-0001-01-01` before year 0. */
export function dateText(v: { year: IntLike; month: IntLike; day: IntLike }): string {
  const year = big(v.year);
  const abs = year < 0n ? -year : year;
  const y = abs < 10000n ? `${year < 0n ? "-" : ""}${pad(year, 4)}` : `${year < 0n ? "-" : "+"}${abs}`;
  return `${y}-${pad(big(v.month), 2)}-${pad(big(v.day), 2)}`;
}

/** `HH:MM:SS` and the fraction with as many digits as it needs (`.556`, `.5561`, `.000000001`), as java.time does. */
export function localTimeText(v: { hour: IntLike; minute: IntLike; second: IntLike; nanosecond: IntLike }): string {
  const nanos = big(v.nanosecond);
  const fraction = nanos === 0n ? "" : `.${pad(nanos, 9).replace(/0+$/, "")}`;
  return `${pad(big(v.hour), 2)}:${pad(big(v.minute), 2)}:${pad(big(v.second), 2)}${fraction}`;
}

/** A UTC offset as java.time's ZoneOffset writes it: `Z`, `+01:00`, `-02:30`, `+00:19:32`. */
export function offsetText(seconds: IntLike): string {
  const s = big(seconds);
  if (s === 0n) return "Z";
  const abs = s < 0n ? -s : s;
  const rest = abs % 60n;
  return `${s < 0n ? "-" : "+"}${pad(abs / 3600n, 2)}:${pad((abs / 60n) % 60n, 2)}${rest === 0n ? "" : `:${pad(rest, 2)}`}`;
}

export function timeText(v: Parameters<typeof localTimeText>[0] & { timeZoneOffsetSeconds: IntLike }): string {
  return `${localTimeText(v)}${offsetText(v.timeZoneOffsetSeconds)}`;
}

export function localDateTimeText(v: Parameters<typeof dateText>[0] & Parameters<typeof localTimeText>[0]): string {
  return `${dateText(v)}T${localTimeText(v)}`;
}

/** `2015-06-24T12:50:35.556+01:00`, and `[Europe/London]` after it for a date-time in a named zone. */
export function dateTimeText(
  v: Parameters<typeof localDateTimeText>[0] & { timeZoneOffsetSeconds?: IntLike; timeZoneId?: string | null },
): string {
  const offset = v.timeZoneOffsetSeconds === undefined ? "" : offsetText(v.timeZoneOffsetSeconds);
  return `${localDateTimeText(v)}${offset}${v.timeZoneId ? `[${v.timeZoneId}]` : ""}`;
}

/**
 * A duration as Neo4j's toString() writes it (DurationValue.prettyPrint): months as years and months, days, then
 * hours, minutes and seconds with the fraction it needs: `P1Y2M3DT4H5M6.7S`, `P14D`, `PT-0.5S`, `PT0S`.
 */
export function durationText(v: { months: IntLike; days: IntLike; seconds: IntLike; nanoseconds: IntLike }): string {
  const months = big(v.months);
  const days = big(v.days);
  let seconds = big(v.seconds);
  let nanos = big(v.nanoseconds);
  if (months === 0n && days === 0n && seconds === 0n && nanos === 0n) return "PT0S";
  const part = (quantity: bigint, unit: string) => (quantity === 0n ? "" : `${quantity}${unit}`);
  let out = `P${part(months / 12n, "Y")}${part(months % 12n, "M")}${part(days, "D")}`;
  if (seconds !== 0n || nanos !== 0n) {
    if (seconds < 0n && nanos !== 0n) {
      seconds += 1n;
      nanos -= 1_000_000_000n;
    }
    const fraction = nanos === 0n ? "" : `.${pad(nanos, 9).replace(/0+$/, "")}`;
    out += `T${part(seconds / 3600n, "H")}${part((seconds % 3600n) / 60n, "M")}`;
    const s = seconds % 60n;
    if (s !== 0n) out += `${s}${fraction}S`;
    else if (nanos !== 0n) out += `${nanos < 0n ? "-" : ""}0${fraction}S`;
  }
  return out === "P" ? "PT0S" : out;
}

/** A point as Neo4j's Query API writes it (extended WKT): `SRID=4326;POINT (12.5 56.25)`, `POINT Z (x y z)` in 3D. */
export function pointText(v: { srid: IntLike; x: number; y: number; z?: number | undefined }): string {
  const coordinates = [v.x, v.y, ...(v.z === undefined ? [] : [v.z])].map(floatText).join(" ");
  return `SRID=${big(v.srid)};POINT ${v.z === undefined ? "" : "Z "}(${coordinates})`;
}
