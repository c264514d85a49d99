// Statistics tables that a page reader printed one cell a line ("By changesets" / "Herbert Dürr" / "63" / "16.6%"): the
// one reader of them, for their count cells (mentions.ts) and the label that heads a row (names.ts).
import { codeAt } from './characters.js';
import type { Span } from './types.js';
import { looksPlural, singularize } from './units.js';

/** A count cell: digits alone on their line ("63", "455499", "1,258"). */
const COUNT_CELL = /^(?:\d{1,3}(?:,\d{3})+|\d{1,9})$/;
/** A share cell: a percentage alone on its line ("16.6%"). */
const SHARE_CELL = /^\d{1,3}(?:\.\d+)?%$/;
/** A row's label: a name or a short phrase, no figure in it ("Jürgen Schmidt", "(Unknown)"). */
const LABEL_CELL = /^[^\d\n]{1,60}$/;
/** At most this many rows are walked back to the table's heading. */
const MAX_ROWS = 60;
/** Any cell of a row, read back to the row's label: a number, a percent or an amount, nothing else ("63", "16.6%", "$1.2bn"). */
const ROW_CELL = /^[ \u00a0\t]*[-+\u2212(]?[$\u20ac\u00a3\u00a5]?[\d.,]+[%)]?(?:[ \u00a0]?(?:bn|m|k))?[ \u00a0\t]*$/;
const MAX_CELL_LENGTH = 24;
/** How many cells of one row a line of the table may stand after its row's label. */
const MAX_CELLS_BEFORE = 4;
/** A row's label is a short line. */
const MAX_LABEL_LENGTH = 60;

export interface TableCountCell {
  end: number;
  value: number;
  /** The noun the table's heading counts ("By changed lines" -> line), or null where it names none. */
  counted: string | null;
}

/** The line of `text` that starts at `start` (without its line break). */
function lineAt(text: string, start: number): string {
  const stop = text.indexOf('\n', start);
  return text.slice(start, stop < 0 ? text.length : stop).trim();
}

/** Where the line before the one starting at `lineStart` (after a line break) starts. */
function previousLineStart(text: string, lineStart: number): number {
  // lastIndexOf clamps a negative start to 0, where a text that opens with a line break would be found again.
  return lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
}

/** The non-empty lines before `position` (nearest first), at most `count` of them. */
function linesBefore(text: string, position: number, count: number): string[] {
  const lines: string[] = [];
  let end = position;
  while (lines.length < count && end > 0) {
    const start = previousLineStart(text, end);
    const line = text.slice(start, end).trim();
    if (line !== '') lines.push(line);
    end = start;
  }
  return lines;
}

/** The non-empty lines after `end` (nearest first), at most `count` of them. */
function linesAfter(text: string, end: number, count: number): string[] {
  const lines: string[] = [];
  let start = end;
  while (lines.length < count && start < text.length) {
    const stop = text.indexOf('\n', start);
    const line = text.slice(start, stop < 0 ? text.length : stop).trim();
    if (line !== '') lines.push(line);
    start = stop < 0 ? text.length : stop + 1;
  }
  return lines;
}

/**
 * "By changed lines" -> "line", "By lines changed" -> "line": a table ranked by a count names it after "By". Any other
 * heading ("Results by county") names what the rows are, not what they count: no noun.
 */
function countedByHeading(heading: string): string | null {
  if (!/^By\b/.test(heading)) return null;
  const words = heading.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index]!;
    if (word.length > 3 && looksPlural(word)) return singularize(word);
  }
  return null;
}

/** A whole row "label / count / share" whose share is `lines[index]`, in lines listed nearest first. */
function rowEndsAt(lines: readonly string[], index: number): boolean {
  return (
    index + 2 < lines.length && SHARE_CELL.test(lines[index]!) && COUNT_CELL.test(lines[index + 1]!) && LABEL_CELL.test(lines[index + 2]!)
  );
}

/**
 * A count alone on its line inside a table of at least two rows "label / count / share" (the share may be missing on
 * the table's last row): the count of what the table's heading names ("By changesets"). A bare number alone on a line
 * is otherwise page furniture; the row before it, or a whole row after its share, say it is a table's.
 */
export function readTableCountCell(text: string, position: number): TableCountCell | null {
  if (position > 0 && codeAt(text, position - 1) !== 10) return null;
  const cell = lineAt(text, position);
  if (!COUNT_CELL.test(cell) || text.slice(position, position + cell.length) !== cell) return null;
  // The label and the row above first: the walk up to the heading is for a count that passes these.
  const near = linesBefore(text, position, 4);
  if (near.length === 0 || !LABEL_CELL.test(near[0]!)) return null;
  const after = linesAfter(text, position + cell.length, 3);
  const rowBefore = rowEndsAt(near, 1);
  const rowAfter = after.length === 3 && SHARE_CELL.test(after[0]!) && LABEL_CELL.test(after[1]!) && COUNT_CELL.test(after[2]!);
  // Two rows at least: one "label / count / share" alone may be anything.
  if (!rowBefore && !rowAfter) return null;
  // Up past the rows above to the line that heads the table.
  const before = linesBefore(text, position, 3 * MAX_ROWS + 1);
  let index = 1;
  while (rowEndsAt(before, index)) index += 3;
  const heading = before[index];
  return {
    end: position + cell.length,
    value: Number(cell.replaceAll(',', '')),
    counted: heading !== undefined && LABEL_CELL.test(heading) ? countedByHeading(heading) : null,
  };
}

/**
 * The label that heads the table row holding the cell `[start, end)` ("Herbert Dürr" for "63" and "16.6%"), trimmed:
 * the cell must fill its line, the lines between it and the label must be cells too, and the label must be a short
 * line. Null otherwise.
 */
export function tableRowLabel(text: string, start: number, end: number): Span | null {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const cellEnd = lineEnd < 0 ? text.length : lineEnd;
  if (cellEnd - lineStart > MAX_CELL_LENGTH || !ROW_CELL.test(text.slice(lineStart, cellEnd))) return null;
  for (let cells = 0; lineStart > 0; ) {
    const previousEnd = lineStart - 1;
    lineStart = previousLineStart(text, lineStart);
    const line = text.slice(lineStart, previousEnd);
    if (line.trim() === '') continue;
    if (ROW_CELL.test(line)) {
      cells += 1;
      if (cells > MAX_CELLS_BEFORE) return null;
      continue;
    }
    if (line.length > MAX_LABEL_LENGTH) return null;
    return { start: lineStart + (line.length - line.trimStart().length), end: lineStart + line.trimEnd().length };
  }
  return null;
}

/** A figure glued to a capitalized label ending its line: Indian or Western grouping, or two digits at least ("3Com"). */
const GLUED_LABEL_CELL = /(\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d{2,9})([A-Z][a-z]{2,20})[ \t\u00a0]*(?=\n|$)/y;
/** What may stand before it on its line: other figures only ("24,942 1490Cases": the total and the day's rise). */
const FIGURES_ONLY = /^(?:[\d,.]+[ \u00a0\t]+)*$/;

/**
 * A widget line ("28,25,140Cases", "24,942 1490Cases", "56Deaths") whose last figure runs into its label where the page
 * lost the break between cells: a count of the label. Mid-sentence, or with words before it on its line, it is read
 * as usual.
 */
export function readGluedLabelCell(text: string, position: number): TableCountCell | null {
  GLUED_LABEL_CELL.lastIndex = position;
  const match = GLUED_LABEL_CELL.exec(text);
  if (!match || !FIGURES_ONLY.test(text.slice(text.lastIndexOf('\n', position - 1) + 1, position))) return null;
  const label = match[2]!.toLowerCase();
  return {
    end: position + match[1]!.length + match[2]!.length,
    value: Number(match[1]!.replaceAll(',', '')),
    counted: looksPlural(label) ? singularize(label) : null,
  };
}
