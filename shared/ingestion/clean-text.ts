// Page furniture out, article paragraphs kept. Works line by line on plain text (pasted or posted
// articles) and on the paragraphs parse-article-page.ts takes from HTML. Each rule drops a whole
// line; no rule edits inside a sentence, so quotes and offsets of what remains are the article's own.

/** Lines that are page furniture wherever they appear (whole line, case-insensitive). */
const FURNITURE_LINES: readonly RegExp[] = [
  /^story continues below (the )?advertisement$/i,
  /^(advertisement|ad|ads|article ad box|sponsored( content)?|skip (to content|advertisement))$/i,
  /^read (more|entire article|full (story|article)|the full (story|article))\b\W*$/i, // "Read more »"
  /^(continue reading|click here to read more|show more|load more)\b\W*$/i,
  /^(trending( now)?|latest( news)?|top stories|more stories|related( stories| articles| coverage)?|don't miss|video center)\W*$/i,
  /^(most (read|popular|viewed)|editor's picks|you (may|might) also like|recommended( for you)?)\W*$/i,
  /^more on [^.!?]{1,40}:$/i, // "More on US politics:"
  /^similar news:/i,
  /^(share|share this( article| story)?|tweet|email|print|comments?|copy link)$/i,
  /^\d[\d,.]*\s*k?\s*(shares?|comments?|likes?|reactions?|views?)$/i, // share counts
  /^\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago(\s+\d+)?$/i, // "2 hours ago 1"
  /^(updated|published|posted):?\s+.{0,40}\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?$/i, // "Updated Dec 19, 2025 4:31 PM ET"
  /^(&copy;?|©|\(c\)|copyright)\s*(\d{4}\b|[A-Z])/i, // "&copy 2025 Global News ..."
  // "Get daily National news"
  /^(get|sign up for|subscribe to) (the |our )?(daily|weekly|breaking|top|latest|free)?\s*[\w' ]{0,40}news(letter)?s?\.?$/i,
  /delivered to your inbox/i, // newsletter box body
  /^(sign up|subscribe)( now| today| here)?\W*$/i,
  /^(photo|image|video|file photo)( credit)?:\s/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&))*(,\s*[\p{L} ]{2,40})?$/u, // "By Jane Reporter, The Press"
];

/** "2:12 U.S. unveils new security strategy": a video's length, then its title. */
const VIDEO_LENGTH_LINE = /^(\d{1,2}:)?\d{1,2}:\d{2}\s+(\S.*)$/;

/** A caption that ends with its photo credit ("... levels.  © AFP/Mandel Ngan/POOL"). */
const CREDITED_CAPTION = /\s©\s*[^.!?©]{2,60}$/;

const QUOTE_MARKS = /^['‘’"“”]+|['‘’"“”]+$/g;

/** A line that parses as a JSON object: page data left in a hidden element (USA Today's `{ "js_modules": [...] }`), never prose. */
function isJsonObject(line: string): boolean {
  if (!line.startsWith('{') || !line.endsWith('}')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

export function cleanArticleText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u00a0\t ]+/g, ' ').trim());
  const videoTitles = new Set(
    lines.flatMap((line) => {
      const match = VIDEO_LENGTH_LINE.exec(line);
      return match?.[2] ? [normalizeTitle(match[2])] : [];
    }),
  );
  const kept = lines.filter((line) => {
    if (!line) return true;
    if (FURNITURE_LINES.some((pattern) => pattern.test(line))) return false;
    if (VIDEO_LENGTH_LINE.test(line) && !/[.!?]["”’]?$/.test(line)) return false;
    // The quoted video title a player shows next to its length line.
    if (videoTitles.has(normalizeTitle(line))) return false;
    if (CREDITED_CAPTION.test(line)) return false;
    if (isJsonObject(line)) return false;
    return true;
  });
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function normalizeTitle(line: string): string {
  return line.trim().replace(QUOTE_MARKS, '').trim().toLowerCase();
}
