// Lines and paragraphs of the text as read, with exact offsets (a trailing \r is not part of a line).
export interface Line {
  /** 0-based line number. */
  n: number;
  start: number;
  end: number;
  text: string;
  blank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const t = text.slice(start, end);
    lines.push({ n: n++, start, end, text: t, blank: t.trim() === '' });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}
