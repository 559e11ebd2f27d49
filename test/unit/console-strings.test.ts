import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The console speaks the language the user chose: every text a person reads goes through an
 * i18n key (`admin/src/i18n/id.ts`, `en.ts`). This scan fails on text written straight into a
 * page: JSX text, and literal labels, titles, placeholders, helper texts, empty texts, aria
 * labels and notifications that are not translation keys.
 */
const ADMIN_SRC = path.resolve(__dirname, '../../admin/src');

/** Attributes and object properties whose text a person reads or hears. */
const VISIBLE = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'helperText',
  'emptyText',
  'alt',
  'tooltip',
  'confirmTitle',
  'confirmContent',
  'successMessage',
  'noOptionsText',
  'loadingText',
]);

/**
 * A translation key ("resources.employees.fields.nip") or an identifier-like value that names a
 * test hook or a key suffix ("siasn-diff", "predicates"): no spaces, starts lowercase.
 */
const KEY_LIKE = /^[a-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/** Texts that read the same in both languages: names, abbreviations, symbols. */
const SAME_IN_BOTH = new Set(['Kinerja ASN', 'GraphiQL', 'NIP', 'NI PPPK', 'CSV', 'XLSX', 'PDF', 'JP', 'IKM', 'SKP', 'SIASN', 'TPP', 'ID']);

/** Two letters in a row: words, not punctuation, numbers or symbols like "—", "%" or "·". */
const hasWords = (text: string) => /\p{L}{2}/u.test(text);

const readable = (text: string) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return hasWords(trimmed) && !KEY_LIKE.test(trimmed) && !SAME_IN_BOTH.has(trimmed);
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [full] : [];
  });

/** The literal text of an expression, when it is one (string, template without substitutions). */
const literalOf = (node: ts.Node | undefined): string | undefined => {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // `resources.surveys.${step}.action` builds a key: the substitutions stand in as a plain word.
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('x');
  if (ts.isJsxExpression(node)) return literalOf(node.expression);
  if (ts.isParenthesizedExpression(node)) return literalOf(node.expression);
  return undefined;
};

const nameOf = (name: ts.Node): string =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : ts.isJsxNamespacedName(name) ? name.getText() : name.getText();

/** Every hard-coded readable text of one source, as "file:line: text". */
const hardCodedTextsIn = (file: string, text: string): string[] => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${path.relative(ADMIN_SRC, file)}:${line + 1}: ${text.replace(/\s+/g, ' ').trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && readable(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE.has(nameOf(node.name))) {
      const text = literalOf(node.initializer);
      if (text !== undefined && readable(text)) report(node, text);
    }
    if (ts.isPropertyAssignment(node) && VISIBLE.has(nameOf(node.name))) {
      const text = literalOf(node.initializer);
      if (text !== undefined && readable(text)) report(node, text);
    }
    // notify('...'): react-admin translates its message, so only a key belongs there.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'notify') {
      const text = literalOf(node.arguments[0]);
      if (text !== undefined && readable(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

const hardCodedTexts = (file: string) => hardCodedTextsIn(file, readFileSync(file, 'utf8'));

describe('the console', () => {
  const files = sourceFiles(ADMIN_SRC);

  it('is scanned whole (the scan finds the pages)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.endsWith(path.join('public', 'public-page.tsx')))).toBe(true);
  });

  it('writes no user-visible text into its pages: every text is an i18n key', () => {
    expect(files.flatMap(hardCodedTexts)).toEqual([]);
  });

  it('would notice a hard-coded text (the scan itself works)', () => {
    const probe = `const A = () => <div title="Judul halaman"><Button label="ra.action.save" />Simpan data {x} —</div>;
      const B = () => notify('Data tersimpan');
      const C = { label: 'Nama unit', helperText: 'resources.units.helper' };`;
    expect(hardCodedTextsIn(path.join(ADMIN_SRC, 'probe.tsx'), probe).map((line) => line.replace(/^.*?: /, ''))).toEqual([
      'Judul halaman',
      'Simpan data',
      'Data tersimpan',
      'Nama unit',
    ]);
  });
});
