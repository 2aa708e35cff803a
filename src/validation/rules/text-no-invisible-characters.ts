import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { writtenTexts } from "../sent-texts";
import { codePoint } from "../unicode";

/**
 * Unicode format characters (bidi overrides and isolates, zero-width spaces and joiners, the
 * byte-order mark, soft hyphens) and every space but the plain one: they are invisible or reorder
 * what a reviewer reads.
 */
const INVISIBLE = /[\p{Cf}\p{Zs}]/u;

/** Free text shows what it is: no invisible characters and no characters that reverse the reading order. */
export const textNoInvisibleCharacters: Rule = {
  id: "text-no-invisible-characters",
  description: "Free text has no invisible or direction-changing characters (bidi overrides, zero-width characters, unusual spaces).",
  check: (catalog) =>
    writtenTexts(catalog).flatMap(({ file, field, value }) => {
      const found = [...value].find((character) => character !== " " && INVISIBLE.test(character));
      if (found === undefined) return [];
      return [
        problemIn(textNoInvisibleCharacters.id, file)(field, value, `must not contain invisible or direction-changing characters (found ${codePoint(found)})`),
      ];
    }),
};
