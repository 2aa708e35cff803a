import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { writtenTexts } from "../sent-texts";
import { codePoint } from "../unicode";

/**
 * Compatibility characters (full-width letters, ligatures, superscripts) look like plain ones but
 * are not: "Ａｃｍｅ" is not "Acme". Unicode's NFKC form replaces them with the plain characters.
 */
export const textNormalized: Rule = {
  id: "text-normalized",
  description: "Free text is in Unicode NFKC form: no full-width letters, ligatures or other look-alike compatibility characters.",
  check: (catalog) =>
    writtenTexts(catalog).flatMap(({ file, field, value }) => {
      if (value === value.normalize("NFKC")) return [];
      const problem = problemIn(textNormalized.id, file);
      const found = [...value].find((character) => character !== character.normalize("NFKC"));
      if (found !== undefined) {
        return [problem(field, value, `must be plain Unicode (NFKC): ${codePoint(found)} is a look-alike of "${found.normalize("NFKC")}"`)];
      }
      // Every character is plain on its own: a letter and combining marks that compose into one.
      const sequence = /\P{M}\p{M}+/u.exec(value)?.[0] ?? value;
      const points = [...sequence].map(codePoint).join(" ");
      return [
        problem(
          field,
          value,
          `must be plain Unicode (NFKC): ${points} is a letter and combining marks; write the one character "${sequence.normalize("NFKC")}"`,
        ),
      ];
    }),
};
