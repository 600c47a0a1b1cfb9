/**
 * The character classes the scorer counts in a line: letters, capitals,
 * digits, words. Unicode property classes say it for every script, but a
 * property class is hundreds of ranges, and in Chromium a pass of one over a
 * line cost about four times a pass of a short class: most of the scorer's
 * time. Most lines are written in Latin-1 and the General Punctuation block
 * (curly quotes, dashes, ellipses): for those lines, the same classes spelt
 * out for these characters, which match exactly the same characters
 * (test/unit/score-chars.test.ts checks every one). Any other line gets the
 * property classes.
 */

export interface CharClasses {
  /** Letters and numbers, as words. */
  word: RegExp;
  letter: RegExp;
  upper: RegExp;
  digit: RegExp;
  /**
   * The classes' characters are all Latin-1 or General Punctuation: lower-casing
   * a word alone gives what lower-casing the whole line gives, and the line's
   * headline key (NFKC, lower case, letters and numbers) is no shorter than its
   * letters and digits.
   */
  latin: boolean;
}

// Runs, not single characters: removing every run takes away the same characters as removing them one by
// one, so counts taken by removal are the same, and a pass meets a run per word instead of a match per letter.
export const UNICODE: CharClasses = {
  word: /[\p{L}\p{N}]+/gu,
  letter: /\p{L}+/gu,
  upper: /\p{Lu}+/gu,
  digit: /\p{N}+/gu,
  latin: false,
};

/** Latin-1's letters: ASCII's, ª µ º, and À to ÿ but for × and ÷. */
const L = 'A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF';
/** Latin-1's numbers: ASCII's digits, ² ³ ¹ and ¼ ½ ¾. */
const N = '0-9\\xB2\\xB3\\xB9\\xBC-\\xBE';

export const LATIN: CharClasses = {
  word: new RegExp(`[${L}${N}]+`, 'g'),
  letter: new RegExp(`[${L}]+`, 'g'),
  upper: /[A-Z\xC0-\xD6\xD8-\xDE]+/g,
  digit: new RegExp(`[${N}]+`, 'g'),
  latin: true,
};

/** A character outside Latin-1 and General Punctuation. */
const OUTSIDE = /[^\x00-\xFF\u2000-\u206F]/;

export function classesOf(text: string): CharClasses {
  return OUTSIDE.test(text) ? UNICODE : LATIN;
}
