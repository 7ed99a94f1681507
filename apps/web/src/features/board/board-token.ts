/**
 * The wall screen's board token. `/board?token=stw_…` hands it over once: it is kept in this
 * browser's storage and taken out of the address bar (and so out of history, bookmarks and
 * screenshots of the URL). It is sent as a Bearer token over HTTP and in `connection_init`.
 */
const STORAGE_KEY = 'steward.boardToken';
const TOKEN = /^stw_[A-Za-z0-9_-]{8,96}$/;

export function readBoardToken(): string | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved && TOKEN.test(saved) ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps a token from the URL; answers whether it looked like one. */
export function saveBoardToken(token: string): boolean {
  if (!TOKEN.test(token)) return false;
  try {
    localStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Without storage the board still runs until the page is reloaded.
  }
  return true;
}

export function forgetBoardToken(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing kept
  }
}

/** The address a wall screen opens once to sign itself in with a board token. */
export function boardUrlFor(secret: string, origin = window.location.origin): string {
  return `${origin}/board?token=${encodeURIComponent(secret)}`;
}
