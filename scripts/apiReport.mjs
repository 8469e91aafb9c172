// The API report: per public entry, every exported name with its declaration as TypeScript emits it
// in the .d.ts (types included, comments and private members left out), plus the declarations those
// mention that the entry does not export itself. Checked in under api/; test/apiReport.test.ts (API7)
// regenerates it in memory and fails on any difference, so a change to the published surface,
// a type's included, is a visible diff in review.
//
//   node scripts/apiReport.mjs          writes api/*.api.md (npm run api:update)
//   node scripts/apiReport.mjs --check  exits 1 and names the stale files (npm run api:check)
//
// API Extractor does the same for a full package; this is the part we need without a dependency. It
// uses TypeScript 5.9's compiler API (the `typescript-5.9` dev dependency): TypeScript 7, which builds
// the package, ships no JavaScript API. Two programs: the sources, whose declarations are emitted in
// memory, then those .d.ts files, whose checker resolves each entry's exports and what they mention.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-5.9';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The public entries (package.json `exports` with types), each with its source and its report. */
export const API_ENTRIES = [
  { name: 'friendcanvas', source: 'src/index.ts', report: 'api/friendcanvas.api.md' },
  { name: 'friendcanvas/engine', source: 'src/engine/index.ts', report: 'api/friendcanvas-engine.api.md' },
  { name: 'friendcanvas/main', source: 'src/main/index.ts', report: 'api/friendcanvas-main.api.md' },
  { name: 'friendcanvas/testing', source: 'src/testing/index.ts', report: 'api/friendcanvas-testing.api.md' },
  { name: 'friendcanvas/templates', source: 'templates/index.ts', report: 'api/friendcanvas-templates.api.md' },
  { name: 'friendcanvas/yoga', source: 'src/yoga/index.ts', report: 'api/friendcanvas-yoga.api.md' },
];

export const UPDATE_COMMAND = 'npm run api:update';

/** Where the emitted declarations live while the report is made: a path never written to disk. */
const DTS_DIR = '.api-report-dts';

/**
 * Builds every entry's report. `root` is the project (tsconfig.json and the sources); `overrides`
 * replaces source files' text (paths relative to root), so a test can prove a change shows.
 * @returns report path (relative to root) → report text
 */
export function generateApiReports({ root = ROOT, entries = API_ENTRIES, overrides = {} } = {}) {
  const options = readCompilerOptions(root);
  const dts = emitDeclarations(root, options, entries, overrides);
  const dtsRoot = join(root, DTS_DIR);
  const program = ts.createProgram(
    entries.map((e) => toDts(dtsRoot, e.source)),
    { ...options, noEmit: true, declaration: false, emitDeclarationOnly: false, rootDir: undefined, outDir: undefined },
    virtualHost(options, dts),
  );
  const checker = program.getTypeChecker();

  // Each entry's exports, resolved to the symbols that declare them.
  const exported = entries.map((entry) => {
    const file = program.getSourceFile(toDts(dtsRoot, entry.source));
    if (file === undefined) throw new Error(`apiReport: no declarations for ${entry.source}`);
    const module = checker.getSymbolAtLocation(file);
    const symbols = module === undefined ? [] : checker.getExportsOfModule(module);
    return new Map(symbols.map((s) => [s.name, resolveAlias(checker, s)]));
  });
  const exportedBy = new Map();
  entries.forEach((entry, i) => {
    for (const target of exported[i].values()) if (!exportedBy.has(target)) exportedBy.set(target, entry.name);
  });

  const reports = new Map();
  entries.forEach((entry, i) => {
    const own = new Set(exported[i].values());
    const sections = [];
    const mentioned = new Map();
    for (const [name, target] of [...exported[i]].sort(([a], [b]) => compare(a, b))) {
      sections.push(printSymbol(checker, target, name, dtsRoot, mentioned, own));
    }
    // What the exports mention and this entry does not export, transitively: still part of its surface.
    const elsewhere = [];
    for (const target of mentioned.keys()) {
      const by = exportedBy.get(target);
      elsewhere.push({ target, note: by === undefined ? 'not exported by any entry' : `exported by ${by}` });
    }
    elsewhere.sort((a, b) => compare(a.target.name, b.target.name) || compare(a.note, b.note));
    const printedElsewhere = [];
    for (const { target, note } of elsewhere) printedElsewhere.push(`// ${note}\n${printSymbol(checker, target, target.name, dtsRoot, undefined, own)}`);
    reports.set(entry.report, formatReport(entry, sections, printedElsewhere));
  });
  return reports;
}

/** Compares each report with the file checked in; returns the ones that differ. */
export function checkApiReports({ root = ROOT, ...rest } = {}) {
  const stale = [];
  for (const [path, text] of generateApiReports({ root, ...rest })) {
    const file = join(root, path);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== text) stale.push({ path, expected: text, actual: current });
  }
  return stale;
}

function formatReport(entry, sections, elsewhere) {
  const lines = [
    `# API report: \`${entry.name}\``,
    '',
    `Generated from \`${entry.source}\` by \`${UPDATE_COMMAND}\` (scripts/apiReport.mjs); do not edit. Each export's`,
    'declaration as published (.d.ts), without comments or private members. `npm test` fails when the surface',
    'differs from this file (API7): review the diff, then regenerate.',
    '',
    '## Exports',
    '',
    '```ts',
    sections.join('\n\n'),
    '```',
    '',
  ];
  if (elsewhere.length > 0) {
    lines.push('## Mentioned by the exports, not exported here', '', '```ts', elsewhere.join('\n\n'), '```', '');
  }
  return lines.join('\n');
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readCompilerOptions(root) {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  return parsed.options;
}

function toDts(dtsRoot, source) {
  return join(dtsRoot, source.replace(/\.ts$/, '.d.ts'));
}

/** Emits the entries' declarations (and everything they import) in memory: absolute path → text. */
function emitDeclarations(root, options, entries, overrides) {
  const dtsRoot = join(root, DTS_DIR);
  const emitOptions = {
    ...options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    removeComments: true,
    rootDir: root,
    outDir: dtsRoot,
    incremental: false,
    tsBuildInfoFile: undefined,
  };
  const replaced = new Map(Object.entries(overrides).map(([path, text]) => [resolve(root, path), text]));
  const host = overlayHost(emitOptions, replaced, new Set());
  const program = ts.createProgram(entries.map((e) => join(root, e.source)), emitOptions, host);
  const out = new Map();
  const result = program.emit(undefined, (file, text) => out.set(resolve(file), text), undefined, true, undefined, true);
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, formatHost(root)));
  // Hand-written .d.ts files under root (yoga's generated modules) are not emitted: copy them beside.
  for (const file of program.getSourceFiles()) {
    const path = resolve(file.fileName);
    if (file.isDeclarationFile && !path.includes(`${'/'}node_modules${'/'}`) && path.startsWith(resolve(root))) {
      out.set(join(dtsRoot, relative(root, path)), file.text);
    }
  }
  return out;
}

function formatHost(root) {
  return { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
}

/**
 * A compiler host that sees `files` (absolute path → text) first, then the disk. Files read from disk
 * are parsed once per process (lib, node_modules and unchanged sources are most of the work, and a
 * test makes more than one report); a file whose text changed since is parsed again.
 */
function overlayHost(options, files, dirs) {
  const host = ts.createCompilerHost(options, true);
  const { readFile, fileExists, directoryExists } = host;
  host.readFile = (f) => files.get(resolve(f)) ?? readFile.call(host, f);
  host.fileExists = (f) => files.has(resolve(f)) || fileExists.call(host, f);
  host.directoryExists = (d) => dirs.has(resolve(d)) || (directoryExists?.call(host, d) ?? false);
  host.getSourceFile = (f, language) => {
    const path = resolve(f);
    const text = files.get(path) ?? readFile.call(host, f);
    if (text === undefined) return undefined;
    const version = typeof language === 'object' ? language.languageVersion : language;
    const key = `${version} ${path}`;
    const cached = parsed.get(key);
    if (cached !== undefined && cached.text === text) return cached;
    const file = ts.createSourceFile(f, text, language, true);
    parsed.set(key, file);
    return file;
  };
  return host;
}

/** Parsed source files by language version and path (see overlayHost). */
const parsed = new Map();

/** The in-memory declarations' host: their directories exist too, for module resolution. */
function virtualHost(options, files) {
  const dirs = new Set();
  for (const f of files.keys()) for (let d = dirname(f); !dirs.has(d) && d !== dirname(d); d = dirname(d)) dirs.add(d);
  return overlayHost(options, files, dirs);
}

function resolveAlias(checker, symbol) {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/**
 * Prints one symbol's declarations (a class and its merged interface, a function's overloads) without
 * `export`/`declare` or private members, and collects, in `mentioned`, the declarations they mention
 * that are ours (under the emitted tree) and not in `own`.
 */
function printSymbol(checker, symbol, exportedAs, dtsRoot, mentioned, own) {
  const declarations = symbol.declarations ?? [];
  const printed = [];
  const seen = new Set();
  for (const declaration of declarations) {
    const statement = printableStatement(declaration);
    if (statement === undefined || seen.has(statement)) continue;
    seen.add(statement);
    const trimmed = withoutPrivateMembers(statement);
    if (mentioned !== undefined) collectMentions(checker, trimmed, statement, dtsRoot, mentioned, own);
    const text = printer
      .printNode(ts.EmitHint.Unspecified, trimmed, statement.getSourceFile())
      .replace(/^(export )?(default )?(declare )?/, '');
    printed.push(text);
  }
  const head = exportedAs !== symbol.name ? `// exported as ${exportedAs}\n` : '';
  if (printed.length === 0) return `${head}// ${exportedAs}: ${checker.typeToString(checker.getDeclaredTypeOfSymbol(symbol))}`;
  return head + printed.join('\n');
}

/** The top-level statement a declaration is printed as (a variable's whole `const` statement). */
function printableStatement(declaration) {
  let node = declaration;
  if (ts.isVariableDeclaration(node)) node = node.parent.parent;
  if (ts.isSourceFile(node) || ts.isModuleBlock(node)) return undefined;
  return node;
}

function isPrivate(member) {
  const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
  return modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) || (member.name !== undefined && ts.isPrivateIdentifier(member.name));
}

function withoutPrivateMembers(statement) {
  if (!ts.isClassDeclaration(statement)) return statement;
  const members = statement.members.filter((m) => !isPrivate(m));
  if (members.length === statement.members.length) return statement;
  return ts.factory.updateClassDeclaration(statement, statement.modifiers, statement.name, statement.typeParameters, statement.heritageClauses, members);
}

/** Walks a declaration for the named types it uses; an updated (synthesized) node is walked through its original. */
function collectMentions(checker, node, original, dtsRoot, mentioned, own) {
  const visit = (n) => {
    if (n.pos >= 0 && n.getSourceFile?.() === undefined) return;
    let target;
    if (ts.isTypeReferenceNode(n)) target = checker.getSymbolAtLocation(n.typeName);
    else if (ts.isExpressionWithTypeArguments(n)) target = checker.getSymbolAtLocation(n.expression);
    else if (ts.isTypeQueryNode(n)) target = checker.getSymbolAtLocation(n.exprName);
    else if (ts.isImportTypeNode(n)) {
      const type = checker.getTypeFromTypeNode(n);
      target = type.aliasSymbol ?? type.symbol;
    }
    if (target !== undefined) {
      const resolved = resolveAlias(checker, target);
      const ours = (resolved.declarations ?? []).some((d) => resolve(d.getSourceFile().fileName).startsWith(resolve(dtsRoot)));
      const isTypeParameter = resolved.flags & ts.SymbolFlags.TypeParameter;
      if (ours && !isTypeParameter && !own.has(resolved) && !mentioned.has(resolved)) {
        mentioned.set(resolved, true);
        // What the mentioned declaration mentions is part of the surface too.
        for (const d of resolved.declarations ?? []) {
          const statement = printableStatement(d);
          if (statement !== undefined) collectMentions(checker, withoutPrivateMembers(statement), statement, dtsRoot, mentioned, own);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  // A class with its private members removed is a new node whose kept members are the originals.
  if (node !== original) node.members.forEach(visit), original.heritageClauses?.forEach(visit), original.typeParameters?.forEach(visit);
  else visit(node);
}

/** The CLI: write the reports, or with --check say which are stale. */
function main(args) {
  if (args.includes('--check')) {
    const stale = checkApiReports();
    for (const s of stale) console.log(`${s.path}: out of date (run ${UPDATE_COMMAND})`);
    if (stale.length > 0) process.exitCode = 1;
    else console.log('API reports are current.');
    return;
  }
  for (const [path, text] of generateApiReports()) {
    const file = join(ROOT, path);
    mkdirSync(dirname(file), { recursive: true });
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    writeFileSync(file, text);
    console.log(`${path}${before === text ? '' : ' (updated)'}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
