/**
 * Reads a customer or service file as data: the file is parsed with the TypeScript parser and
 * never executed, so a pull request that adds or edits one cannot run code in synthesis, in a plan
 * or in a pipeline job that holds the deploy credentials and reads the state.
 *
 * A definition file may hold exactly:
 * - `import { defineCustomer } from "../src/definitions/customer";` (`defineService` / `service` in `scopes/`);
 * - in `clients/`, default imports of services: `import ordersApi from "../scopes/orders-api";`;
 * - one `export default defineCustomer({...})` / `defineService({...})` whose values are literals
 *   (strings, numbers, booleans, arrays, objects, `undefined`) and, in `clients/`,
 *   `<service>.grant("permission", ...)` calls on an imported service.
 * Anything else is a problem naming the line, the column and what was found.
 */
import ts from "typescript";
import { problemIn, type Problem } from "../problem";

/** The rules of reading a definition file, for the rules table of docs/rules.md. */
export const READ_RULES = [
  { id: "file-parses", description: "A definition file is valid TypeScript syntax." },
  {
    id: "file-imports-definitions",
    description:
      'A definition file imports only its definition function (`import { defineCustomer } from "../src/definitions/customer"`, `defineService` from `../src/definitions/service`) and, in `clients/`, services as `import ordersApi from "../scopes/orders-api"`.',
  },
  {
    id: "file-exports-definition",
    description: "A definition file has one `export default defineCustomer({...})` / `defineService({...})` with one object literal, and no other statement.",
  },
  {
    id: "file-is-data",
    description:
      'A definition file is data, never run: its values are literals (strings, numbers, booleans, arrays, objects, `undefined`) and, in `clients/`, `<service>.grant("permission", ...)` on an imported service. A function call, `process`, `require`, a variable, a template literal with expressions, a spread, a computed key or a second statement is refused.',
  },
  {
    id: "file-import-resolves",
    description: "A service a customer file imports is a file under `scopes/` that reads cleanly; a broken service is reported once, for its own file.",
  },
] as const;

/** One of {@link READ_RULES}'s ids. */
export type ReadRuleId = (typeof READ_RULES)[number]["id"];

/** Makes a problem of one of {@link READ_RULES}; the id is checked by the compiler. */
export const readRule = (id: ReadRuleId, file: string) => problemIn(id, file);

/** What a definition file is: a customer (`clients/`) or a service (`scopes/`). */
export type DefinitionKind = "customer" | "service";

/** The definition function each kind of file calls, and the module it is imported from. */
export const DEFINITION_FUNCTIONS: Readonly<Record<DefinitionKind, { readonly name: string; readonly from: string }>> = {
  customer: { name: "defineCustomer", from: "../src/definitions/customer" },
  service: { name: "defineService", from: "../src/definitions/service" },
};

/** `../scopes/<name>`: how a customer file imports a service. */
const SERVICE_IMPORT = /^\.\.\/scopes\/([^/\\]+)$/;

/** A `<service>.grant(...)` call, before the service file is matched to a loaded service. */
export interface GrantReference {
  /** The project-relative service file it names, e.g. `scopes/orders-api.ts`. */
  readonly serviceFile: string;
  readonly permissions: readonly string[];
}

/** True when a value read from a file is a {@link GrantReference}. */
export function isGrantReference(value: unknown): value is GrantReference {
  return value instanceof GrantReferenceValue;
}

class GrantReferenceValue implements GrantReference {
  constructor(
    readonly serviceFile: string,
    readonly permissions: readonly string[],
  ) {}
}

/** What reading found: the definition's object, with grants as {@link GrantReference}s. */
export type ReadResult =
  | {
      readonly props: Readonly<Record<string, unknown>>;
      /** The services the file imports: specifier (`../scopes/orders-api`) → file (`scopes/orders-api.ts`). */
      readonly serviceImports: ReadonlyMap<string, string>;
      readonly problems: readonly [];
    }
  | { readonly props?: undefined; readonly problems: readonly Problem[] };

/** Reads the text of one definition file; `file` is project-relative (`clients/acme.ts`). */
export function readDefinitionFile(file: string, text: string, kind: DefinitionKind): ReadResult {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return new DefinitionReader(file, source, kind).read();
}

/** A parser's diagnostics: not in the public typings, but set by `createSourceFile` on every file. */
interface ParsedSourceFile extends ts.SourceFile {
  readonly parseDiagnostics?: readonly ts.DiagnosticWithLocation[];
}

class DefinitionReader {
  private readonly problems: Problem[] = [];
  /** Local name of each imported service → its project-relative file. */
  private readonly serviceImports = new Map<string, string>();
  /** Each service import's specifier → its project-relative file. */
  private readonly importedFiles = new Map<string, string>();
  private definitionFunction: string | undefined;

  constructor(
    private readonly file: string,
    private readonly source: ParsedSourceFile,
    private readonly kind: DefinitionKind,
  ) {}

  read(): ReadResult {
    const syntaxError = this.source.parseDiagnostics?.[0];
    if (syntaxError !== undefined) {
      const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, " ");
      return { problems: [readRule("file-parses", this.file)("(file)", message, `must be valid TypeScript; ${this.at(syntaxError.start)}`)] };
    }
    const defaultExports: ts.ExportAssignment[] = [];
    for (const statement of this.source.statements) {
      if (ts.isImportDeclaration(statement)) this.readImport(statement);
      else if (ts.isExportAssignment(statement) && !statement.isExportEquals) defaultExports.push(statement);
      else if (!ts.isEmptyStatement(statement)) this.refuseStatement(statement);
    }
    const { name } = DEFINITION_FUNCTIONS[this.kind];
    const [definition, ...more] = defaultExports;
    for (const extra of more) {
      this.problems.push(
        readRule("file-exports-definition", this.file)("export default", this.text(extra), `must appear once; a second one ${this.at(extra)}`),
      );
    }
    if (definition === undefined) {
      this.problems.push(readRule("file-exports-definition", this.file)("export default", undefined, `must be \`export default ${name}({...})\``));
      return { problems: this.problems };
    }
    const props = this.readDefinitionCall(definition.expression);
    if (this.problems.length > 0 || props === undefined) return { problems: this.problems };
    return { props, serviceImports: this.importedFiles, problems: [] };
  }

  private readImport(statement: ts.ImportDeclaration): void {
    const problem = readRule("file-imports-definitions", this.file);
    const specifier = ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : this.text(statement.moduleSpecifier);
    const clause = statement.importClause;
    const { name, from: definitionModule } = DEFINITION_FUNCTIONS[this.kind];
    const where = this.at(statement);
    if (clause === undefined || clause.isTypeOnly || statement.attributes !== undefined) {
      this.problems.push(problem(`import "${specifier}"`, this.text(statement), `must import a name, not run a module for its effects; found ${where}`));
      return;
    }
    if (specifier === definitionModule) {
      const bindings = clause.namedBindings;
      const [only, ...more] = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
      const exact =
        clause.name === undefined && only !== undefined && more.length === 0 && only.propertyName === undefined && !only.isTypeOnly && only.name.text === name;
      if (!exact) {
        this.problems.push(
          problem(`import "${specifier}"`, this.text(statement), `must be exactly \`import { ${name} } from "${definitionModule}"\`; found ${where}`),
        );
        return;
      }
      this.definitionFunction = name;
      return;
    }
    const service = SERVICE_IMPORT.exec(specifier);
    if (this.kind === "customer" && service !== null) {
      if (clause.name === undefined || clause.namedBindings !== undefined) {
        this.problems.push(
          problem(
            `import "${specifier}"`,
            this.text(statement),
            `must be a default import, \`import ${camelCase(service[1]!)} from "${specifier}"\`; found ${where}`,
          ),
        );
        return;
      }
      this.serviceImports.set(clause.name.text, `scopes/${service[1]}.ts`);
      this.importedFiles.set(specifier, `scopes/${service[1]}.ts`);
      return;
    }
    const allowed = this.kind === "customer" ? `"${definitionModule}" and "../scopes/<service>"` : `"${definitionModule}"`;
    this.problems.push(
      problem(`import "${specifier}"`, this.text(statement), `must import only from ${allowed}; a definition file is data, never code; found ${where}`),
    );
  }

  private refuseStatement(statement: ts.Statement): void {
    const found = ts.isExportDeclaration(statement) ? "a re-export" : ts.isExportAssignment(statement) ? "`export =`" : `${describe(statement)}`;
    this.problems.push(
      readRule("file-is-data", this.file)(
        "(statement)",
        this.text(statement),
        `must not be there: a definition file holds its imports and one \`export default\`, nothing else; found ${found} ${this.at(statement)}`,
      ),
    );
  }

  private readDefinitionCall(expression: ts.Expression): Record<string, unknown> | undefined {
    const { name, from: definitionModule } = DEFINITION_FUNCTIONS[this.kind];
    const call = ts.isCallExpression(expression) ? expression : undefined;
    const calls = call !== undefined && ts.isIdentifier(call.expression) && call.expression.text === name;
    const [argument, ...more] = call?.arguments ?? [];
    if (!calls || argument === undefined || more.length > 0 || !ts.isObjectLiteralExpression(argument) || call.typeArguments !== undefined) {
      this.problems.push(
        readRule("file-exports-definition", this.file)(
          "export default",
          this.text(expression),
          `must be \`export default ${name}({...})\` with one object literal; found ${this.at(expression)}`,
        ),
      );
      return undefined;
    }
    if (this.definitionFunction !== name) {
      this.problems.push(
        readRule("file-imports-definitions", this.file)(name, undefined, `must be imported: \`import { ${name} } from "${definitionModule}"\``),
      );
      return undefined;
    }
    const value = this.readValue(argument, "");
    return value as Record<string, unknown>;
  }

  /** The literal value of `node`; `field` is its path in the definition (`grants[0]`). */
  private readValue(node: ts.Expression, field: string): unknown {
    if (ts.isParenthesizedExpression(node)) return this.readValue(node.expression, field);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (
      ts.isPrefixUnaryExpression(node) &&
      ts.isNumericLiteral(node.operand) &&
      (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)
    ) {
      const value = Number(node.operand.text);
      return node.operator === ts.SyntaxKind.MinusToken ? -value : value;
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isIdentifier(node) && node.text === "undefined") return undefined;
    if (ts.isArrayLiteralExpression(node)) return node.elements.map((element, index) => this.readValue(element, `${field}[${index}]`));
    if (ts.isObjectLiteralExpression(node)) return this.readObject(node, field);
    if (ts.isCallExpression(node)) {
      const grant = this.readGrant(node, field);
      if (grant !== undefined) return grant;
    }
    return this.refuseValue(node, field, describe(node, this.serviceImports));
  }

  private readObject(node: ts.ObjectLiteralExpression, field: string): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      const key = ts.isPropertyAssignment(property) ? propertyKey(property.name) : undefined;
      if (!ts.isPropertyAssignment(property) || key === undefined) {
        this.refuseValue(property, field || "(definition)", describe(property, this.serviceImports));
        continue;
      }
      const path = field === "" ? key : `${field}.${key}`;
      if (Object.prototype.hasOwnProperty.call(object, key)) {
        this.refuseValue(property, path, `a key given twice ${this.at(property)}`, false);
        continue;
      }
      // An own property even for `__proto__`: data never reaches a prototype.
      Object.defineProperty(object, key, { value: this.readValue(property.initializer, path), enumerable: true, writable: true, configurable: true });
    }
    return object;
  }

  /** `ordersApi.grant("orders:read", ...)` on an imported service, in a customer file; else undefined. */
  private readGrant(node: ts.CallExpression, field: string): GrantReference | undefined {
    const callee = node.expression;
    if (this.kind !== "customer" || !ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.name.text !== "grant")
      return undefined;
    const serviceFile = this.serviceImports.get(callee.expression.text);
    if (serviceFile === undefined || node.typeArguments !== undefined) return undefined;
    const permissions: string[] = [];
    node.arguments.forEach((argument, index) => {
      if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) permissions.push(argument.text);
      else this.refuseValue(argument, `${field}.permissions[${index}]`, describe(argument, this.serviceImports));
    });
    return new GrantReferenceValue(serviceFile, permissions);
  }

  private refuseValue(node: ts.Node, field: string, found: string, withPosition = true): undefined {
    this.problems.push(
      readRule("file-is-data", this.file)(
        field || "(definition)",
        this.text(node),
        `must be a literal (string, number, boolean, array, object or undefined)${this.kind === "customer" ? ' or <service>.grant("permission", ...)' : ""}, never code; found ${found}${withPosition ? ` ${this.at(node)}` : ""}`,
      ),
    );
    return undefined;
  }

  /** `at line 3, column 9`, 1-based, of a node or a position. */
  private at(nodeOrPosition: ts.Node | number | undefined): string {
    const position = typeof nodeOrPosition === "number" ? nodeOrPosition : (nodeOrPosition?.getStart(this.source) ?? 0);
    const { line, character } = this.source.getLineAndCharacterOfPosition(position);
    return `at line ${line + 1}, column ${character + 1}`;
  }

  /** The node's source text on one line, as a problem shows it. */
  private text(node: ts.Node): string {
    return node.getText(this.source).replace(/\s+/g, " ");
  }
}

/** A property's key when it is written as a name or a string or number literal; else undefined (computed). */
function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** What a refused node is, in words: `a function call`, `process`, `a spread`, ... */
function describe(node: ts.Node, serviceImports: ReadonlyMap<string, string> = new Map()): string {
  const root = rootIdentifier(node);
  if (root === "process") return "`process`, which holds the environment and its credentials";
  if (root === "require") return "`require`, which runs another module";
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) {
    const callee = ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression : node.tag;
    if (
      ts.isPropertyAccessExpression(callee) &&
      callee.name.text === "grant" &&
      ts.isIdentifier(callee.expression) &&
      serviceImports.has(callee.expression.text)
    ) {
      return "a grant whose permissions are not string literals";
    }
    return ts.isNewExpression(node) ? "a constructor call" : ts.isTaggedTemplateExpression(node) ? "a tagged template, a function call" : "a function call";
  }
  if (ts.isTemplateExpression(node)) return "a template literal with expressions";
  if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) return "a spread";
  if (ts.isPropertyAssignment(node) && ts.isComputedPropertyName(node.name)) return "a computed key";
  if (ts.isShorthandPropertyAssignment(node)) return `a variable (\`${node.name.text}\`, written as a shorthand property)`;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) return "a method or accessor";
  if (ts.isIdentifier(node)) return serviceImports.has(node.text) ? `the service \`${node.text}\` outside \`.grant(...)\`` : `a variable (\`${node.text}\`)`;
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return "a property access";
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return "a function";
  if (ts.isOmittedExpression(node)) return "an empty array slot";
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node))
    return "a type assertion";
  if (node.kind === ts.SyntaxKind.NullKeyword) return "null (leave the field out instead)";
  if (ts.isVariableStatement(node)) return "a variable declaration";
  if (ts.isExpressionStatement(node)) return "a statement that runs code";
  if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) return "a declaration of code";
  // The parser's own name for the rest: `BinaryExpression` → `a binary expression`.
  return `a ${ts.SyntaxKind[node.kind].replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
}

/** `process` for `process.env.X`, `require` for `require("fs").x(...)`; else undefined. */
function rootIdentifier(node: ts.Node): string | undefined {
  let current: ts.Node = node;
  for (;;) {
    if (ts.isIdentifier(current)) return current.text;
    if (
      ts.isPropertyAccessExpression(current) ||
      ts.isElementAccessExpression(current) ||
      ts.isCallExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isParenthesizedExpression(current)
    ) {
      current = current.expression;
    } else if (ts.isExpressionStatement(current)) {
      current = current.expression;
    } else {
      return undefined;
    }
  }
}

/** `orders-api` → `ordersApi`, the name a service import conventionally gets. */
function camelCase(clientId: string): string {
  return clientId.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
