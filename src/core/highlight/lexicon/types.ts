/** What the highlighter needs to know about one language. Everything here is data. */

/**
 * m: male, f: female, p: plural or group, n: a thing or an organisation ("it
 * said"), '': unknown. Used only to resolve pronouns.
 */
export type Gender = 'm' | 'f' | 'p' | 'n' | '';

export interface Lexicon {
  /**
   * Verbs that attach a speaker to a direct quote ("…," she *said*), in the
   * inflected forms news copy uses. Multi-word entries are allowed ("a déclaré").
   */
  speech: readonly string[];
  /**
   * Verbs of reported speech that make a sentence an attributed statement
   * ("Blinken *emphasized* the need for …"). Speech verbs count as well when a
   * "that"-clause follows.
   */
  report: readonly string[];
  /** Words that introduce a subordinate clause after a verb of saying: that, dass, que. */
  that: readonly string[];
  /** Phrases naming a source before its name: "according to X", "so X", "selon X". */
  source: readonly string[];
  /** Third-person subject pronouns (and their gender) that may stand for a speaker. */
  pronouns: Readonly<Record<string, Gender>>;
  /**
   * Titles and roles that stay with a name ("Mayor Elena Ruiz"); the gender
   * when the title tells it. Keys are lowercase; "dr." keeps its dot.
   */
  titles: Readonly<Record<string, Gender>>;
  /** Lowercase words that may sit inside a name: "Bill de Blasio", "Bernhard von Bülow". */
  particles: readonly string[];
  /** Words ending in a dot that do not end a sentence (sentence segmenters split after them). */
  abbreviations: readonly string[];
  /**
   * Words that, right before a short quoted phrase, make it a name, title or
   * term rather than speech: so-called "X", the phrase "X", dubbed "X".
   */
  naming: readonly string[];
  /**
   * Determiners that start a descriptive speaker ("one GOP operative in the
   * state", "un ténor de la droite"): such a speaker is kept as written.
   */
  determiners: readonly string[];
  /**
   * Determiners of an anonymous description ("*a* guard", "*un* dirigeant de
   * LREM"): kept as the speaker. A definite one ("the governor", "le ministre
   * de la Santé") stands for someone named elsewhere.
   */
  indefinite: readonly string[];
  /** Words for "people said" with no one named: the quote has no speaker. */
  impersonal: readonly string[];
  /**
   * Words that make what follows a clause of its own, not the tail of an
   * attribution: `"A," Deonarine said it *was* "B"` is two quotes.
   */
  clause: readonly string[];
  /** Prepositions: a name right after one is a place or an object ("in London"), not a speaker. */
  prepositions: readonly string[];
  /** Capitalized words that are never a person: months, weekdays. */
  notNames: readonly string[];
  /** Words that make a name an organisation or a place ("Broward County", "World Bank"): never "he" or "she". */
  organisations: readonly string[];
  /**
   * Participles of saying that hang on the main clause, whose subject is the
   * speaker: "he declined, *saying*", "*Agregando* que…", "*soulignant* que…".
   */
  participles: readonly string[];
  /** The agent of a passive right after a quote: « … » *par* un dirigeant de LREM. */
  agents: readonly string[];
}
