// The API token of a server started with API_TOKEN: taken once from a #token=… link, kept per tab, sent as Bearer.
const STORAGE_KEY = "kg-explorer.api-token";

/** The token in a location hash such as "#token=abc" or "#view=x&token=abc", if any. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token && token.length > 0 ? token : undefined;
}

/** The hash with the token removed, so it leaves the address bar and the history. */
export function hashWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  params.delete("token");
  const rest = params.toString();
  return rest ? `#${rest}` : "";
}

let captured = false;

/** Moves a #token=… from the URL into sessionStorage (once per page load). */
function captureToken(): void {
  if (captured || typeof window === "undefined") return;
  captured = true;
  const token = tokenFromHash(window.location.hash);
  if (token === undefined) return;
  window.sessionStorage.setItem(STORAGE_KEY, token);
  const { pathname, search } = window.location;
  window.history.replaceState(
    window.history.state,
    "",
    `${pathname}${search}${hashWithoutToken(window.location.hash)}`,
  );
}

/** `Authorization: Bearer <token>` when this tab has a token, otherwise nothing. */
export function authHeaders(): Record<string, string> {
  captureToken();
  const token = typeof window === "undefined" ? null : window.sessionStorage.getItem(STORAGE_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}
