import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { writtenTexts } from "../sent-texts";
import { codePoint, isSingleScript, scriptsOf } from "../unicode";

/**
 * Look-alike letters: "Acme" with a Cyrillic "а" reads as the real customer in review and in
 * Keycloak's console. Text is written in one script (Latin with Han, Kana, Bopomofo or Hangul is
 * one, as in Unicode's "highly restrictive" level).
 */
export const textSingleScript: Rule = {
  id: "text-single-script",
  description: "Free text does not mix look-alike scripts, e.g. Latin with Cyrillic or Greek letters.",
  check: (catalog) =>
    writtenTexts(catalog).flatMap(({ file, field, value }) => {
      const scripts = scriptsOf(value);
      const [first, ...others] = [...scripts.entries()];
      if (isSingleScript(scripts) || first === undefined) return [];
      const described = others.map(([script, letter]) => `${script} ("${letter}" ${codePoint(letter)})`).join(", ");
      return [problemIn(textSingleScript.id, file)(field, value, `must be written in one script: mixes ${first[0]} with ${described}, which can look alike`)];
    }),
};
