/** `U+202E` for a character, to name characters that cannot be shown. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Scripts told apart for the mixed-script check. A letter of none of them counts as its own
 * script ("another script"), so mixing it with any of these is refused too.
 */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Georgian",
  "Cherokee",
  "Hebrew",
  "Arabic",
  "Devanagari",
  "Thai",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Bopomofo",
].map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

/**
 * Script mixes a reader expects, after Unicode's "highly restrictive" level (UTS #39, 5.2):
 * Japanese, Chinese and Korean text with Latin. Any other mix is refused.
 */
const ALLOWED_MIXES: readonly (readonly string[])[] = [
  ["Latin", "Han", "Hiragana", "Katakana"],
  ["Latin", "Han", "Bopomofo"],
  ["Latin", "Han", "Hangul"],
];

/** The scripts of a text's letters in order of appearance, each with its first letter. */
export function scriptsOf(text: string): Map<string, string> {
  const scripts = new Map<string, string>();
  for (const character of text) {
    if (!/\p{L}/u.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? "another script";
    if (!scripts.has(script)) scripts.set(script, character);
  }
  return scripts;
}

/** True when the letters of a text come from one script, or from a mix in {@link ALLOWED_MIXES}. */
export function isSingleScript(scripts: ReadonlyMap<string, string>): boolean {
  const names = [...scripts.keys()];
  return names.length <= 1 || ALLOWED_MIXES.some((mix) => names.every((name) => mix.includes(name)));
}
