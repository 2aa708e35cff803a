/**
 * aws-cdk's design guidelines, checked: every prop of a construct or definition is documented, and
 * every optional one says its default with `@default`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const SRC = path.join(__dirname, "..", "src");
const FOLDERS = ["constructs", "stacks", "definitions", "policy"];

interface Prop {
  readonly name: string;
  readonly optional: boolean;
  readonly doc: string;
}

/** The properties of every `...Props`, `...Options`, `...Definition` or `...Suppression` interface under `src/<folder>/`. */
function propsOf(): Map<string, Prop> {
  const props = new Map<string, Prop>();
  for (const folder of FOLDERS) {
    for (const name of fs.readdirSync(path.join(SRC, folder)).filter((file) => file.endsWith(".ts"))) {
      const file = path.join(SRC, folder, name);
      const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
      source.forEachChild((node) => {
        if (!ts.isInterfaceDeclaration(node) || !/(Props|Options|Definition|Suppression)$/.test(node.name.text)) return;
        for (const member of node.members) {
          if (!ts.isPropertySignature(member)) continue;
          const doc = ts
            .getJSDocCommentsAndTags(member)
            .map((jsdoc) => jsdoc.getText())
            .join("\n");
          props.set(`src/${folder}/${name}: ${node.name.text}.${member.name.getText()}`, {
            name: member.name.getText(),
            optional: member.questionToken !== undefined,
            doc,
          });
        }
      });
    }
  }
  return props;
}

const PROPS = [...propsOf()];

describe("construct and definition props", () => {
  test("are found", () => {
    expect(PROPS.length).toBeGreaterThan(10);
  });

  test.each(PROPS)("%s is documented, with @default when optional", (_, prop) => {
    // A sentence first, then tags: `/** @default "x" */` alone does not say what the prop is.
    expect(prop.doc).toMatch(/^\/\*\*\s*(?:\*\s*)?[^@\s*]/);
    if (prop.optional) expect(prop.doc).toContain("@default");
  });
});
