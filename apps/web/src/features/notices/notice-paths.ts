/** The notice page's path. */
export function noticePath(id: string): string {
  return `/notices/${encodeURIComponent(id)}`;
}

export function noticeEditPath(id: string): string {
  return `${noticePath(id)}/edit`;
}
