// Character classes by UTF-16 code, shared by the readers: ASCII letters and digits, capitals, apostrophes.

export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A straight or a typographic apostrophe. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
