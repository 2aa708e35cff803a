import { problemIn } from "../../problem";
import type { Rule } from "../rule";
import { writtenTexts } from "../sent-texts";
import { codePoint } from "../unicode";

/** Control characters, including line breaks and Unicode's line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** Free text is one line: a line break or a control character garbles Keycloak's console and the review diff. */
export const textNoControlCharacters: Rule = {
  id: "text-no-control-characters",
  description: "Names, contacts, descriptions and markers are one line, without control characters or line breaks.",
  check: (catalog) =>
    writtenTexts(catalog).flatMap(({ file, field, value }) => {
      const found = CONTROL.exec(value);
      if (!found) return [];
      return [
        problemIn(textNoControlCharacters.id, file)(field, value, `must be one line without control characters or line breaks (found ${codePoint(found[0])})`),
      ];
    }),
};
