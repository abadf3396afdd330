// Reading a YAML data file (or an MDX file's frontmatter) the way the build
// will, and refusing first, with the line and the field, whatever would stop
// Astro's own reader with a stack trace or let a file mean something its
// editor did not write: a key written twice (YAML would keep the last), a tab
// indenting a line, an anchor or alias (`&a`, `*a`: one value standing for
// another, and the way a tiny file expands into a huge one), a merge key
// (`<<`), a file that is a list or a single value instead of fields. The
// values are then read by js-yaml, Astro's own YAML reader, so a file that
// passes here means to the build exactly what it meant here.
import { DateParseError, parsePoint } from '../../content/dates.ts';
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Scalar, type YAMLError } from 'yaml';
import jsyaml from 'js-yaml';
import { invisibleChars, invisibleProblem, spotAt } from './text.ts';

/** A problem inside one file, before its file is named. */
export interface FileProblem {
  field: string;
  message: string;
  fix: string;
}

const FIXES: Record<string, string> = {
  DUPLICATE_KEY: 'keep one of the two lines (YAML would silently keep the last)',
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs there',
  BAD_INDENT: 'line the field up with the others at its level, using spaces',
  MULTILINE_IMPLICIT_KEY: 'put the value on the same line as its field, or quote it',
  BLOCK_AS_IMPLICIT_KEY: 'put the value on the same line as its field, or quote it',
  MISSING_CHAR: 'close the quote or bracket that the line opens',
  BAD_SCALAR_START: 'quote the value: it starts with a character YAML reserves',
  UNEXPECTED_TOKEN: 'quote the value (a colon or # inside text needs quotes)',
};

/** Where in the fields an offset falls: "evidence[0].quote", or "line 3" outside any field. */
function fieldAt(doc: Document, text: string, offset: number): string {
  const path: string[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const end = (p.value as Node | null)?.range?.[2] ?? (p.key as Node | null)?.range?.[2];
        const start = (p.key as Node | null)?.range?.[0];
        return start !== undefined && end !== undefined && offset >= start && offset < end;
      });
      if (!pair) break;
      path.push(`${path.length ? '.' : ''}${isScalar(pair.key) ? String(pair.key.value) : '?'}`);
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((n) => {
        const r = (n as Node | null)?.range;
        return r && offset >= r[0] && offset < r[2];
      });
      if (i < 0) break;
      path.push(`[${i}]`);
      node = node.items[i];
    } else break;
  }
  return path.length ? path.join('') : `line ${spotAt(text, offset).line}`;
}

/**
 * The fix for a line YAML could not read, from what the line holds: a quote
 * mark inside the quotes around a value ends them early, and ": " inside
 * unquoted text starts another field.
 */
function lineFix(line: string): string | undefined {
  const value = /^\s*(?:- )?[\w-]+:\s+(.*)$/.exec(line)?.[1]?.trim() ?? '';
  if (/^'.*'.*'/.test(value)) return `inside single quotes write an apostrophe twice (it''s), or put the value in double quotes`;
  if (/^".*[^\\]".*"/.test(value)) return 'inside double quotes write a quote mark as \\" or as “ ”, or put the value in single quotes';
  if (!/^["'[{]/.test(value) && /:\s/.test(value)) return 'put the whole value in double quotes: ": " inside text starts another field';
  return undefined;
}

function errorProblem(e: YAMLError, text: string, doc: Document): FileProblem {
  const line = e.linePos?.[0]?.line ?? spotAt(text, e.pos[0]).line;
  const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (e.code === 'DUPLICATE_KEY')
    return { field: fieldAt(doc, text, e.pos[0]), message: `is written twice (again at line ${line})`, fix: FIXES.DUPLICATE_KEY! };
  return {
    field: `line ${line}`,
    message: `is not valid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`,
    fix: lineFix(text.split('\n')[line - 1] ?? '') ?? FIXES[e.code] ?? 'correct the line; text with a colon or # in it needs quotes',
  };
}

/**
 * What an unquoted value means other than what its editor wrote: a day that
 * does not exist (the build's reader makes 2026-11-31 into 1 December), or
 * words cut short by a " #", which starts a comment ("rates it the #1 read").
 */
function plainScalarProblems(node: Scalar, doc: Document, text: string): FileProblem[] {
  const source = String(node.source ?? '');
  const at = () => fieldAt(doc, text, node.range?.[0] ?? 0);
  if (/^\d{4}-\d{2}-\d{2}$/.test(source)) {
    try {
      parsePoint(source);
    } catch (e) {
      if (!(e instanceof DateParseError)) throw e;
      return [{ field: at(), message: e.message.split('; write')[0]!, fix: 'correct the day, written YYYY-MM-DD' }];
    }
  }
  if (node.comment && /\s/.test(source))
    return [
      {
        field: at(),
        message: `the text stops at "${source.split(/\s+/).slice(-2).join(' ')}": a " #" starts a comment in YAML, so the rest of the line ("#${node.comment.trim().slice(0, 20)}") is left out`,
        fix: 'put the whole value in double quotes',
      },
    ];
  return [];
}

/** The characters of the HTML entities an editor pastes most. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: 'a space',
  '#39': "'",
  '#34': '"',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  ndash: '–',
};

/** Text is shown as written, so an HTML entity pasted into it ("&amp;") would be read as those letters. */
function entityProblems(value: string, field: () => string): FileProblem[] {
  const m = /&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.exec(value);
  if (!m) return [];
  const char = ENTITIES[m[1]!.toLowerCase()];
  return [
    {
      field: field(),
      message: `holds "${m[0]}", HTML's way of writing a character: text here is shown as written, so readers would see "${m[0]}"`,
      fix: char ? `write ${char === 'a space' ? char : `"${char}"`} instead` : 'write the character itself',
    },
  ];
}

/** What kind of value a YAML document's top level is, for the message. */
const kindOf = (v: unknown) => (isSeq(v) ? 'a list' : isScalar(v) ? 'a single value' : 'not a set of fields');

/**
 * The data of a YAML text, or the problems that stop it being read. `what`
 * says what the text is in messages ("the file", "the frontmatter").
 */
export function readYamlData(text: string, what = 'the file'): { data?: Record<string, unknown>; problems: FileProblem[] } {
  const doc = parseDocument(text, { uniqueKeys: true, merge: false, prettyErrors: true });
  // After the first syntax error the parser's next ones are mostly its consequences: the first is reported, and every key written twice.
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').slice(0, 1);
  const problems: FileProblem[] = [...syntax, ...doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')].map((e) => errorProblem(e, text, doc));
  // Anchors, aliases and merge keys are refused once per file, at the first: a file of them would list each.
  const repeats: { offset: number; mark: string }[] = [];
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) repeats.push({ offset: node.range?.[0] ?? 0, mark: `*${node.source}` });
      else if (node.anchor) repeats.push({ offset: node.range?.[0] ?? 0, mark: `&${node.anchor}` });
      if (isScalar(node) && node.type === 'PLAIN') problems.push(...plainScalarProblems(node, doc, text));
      if (isScalar(node) && typeof node.value === 'string') problems.push(...entityProblems(node.value, () => fieldAt(doc, text, node.range?.[0] ?? 0)));
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') repeats.push({ offset: (pair.key as Node).range?.[0] ?? 0, mark: '<<' });
    },
  });
  if (repeats.length) {
    const marks = [...new Set(repeats.map((r) => r.mark))];
    problems.push({
      field: fieldAt(doc, text, repeats[0]!.offset),
      message: `uses ${marks.slice(0, 3).join(', ')}${marks.length > 3 ? ', …' : ''}: YAML anchors (&), aliases (*) and merge keys (<<) make one value stand for another`,
      fix: 'write every value out in full where it belongs',
    });
  }
  for (const { offset, char } of invisibleChars(text)) problems.push({ field: fieldAt(doc, text, offset), ...invisibleProblem(text, offset, char) });
  if (problems.length) return { problems };
  if (doc.contents == null) return { data: {}, problems };
  if (!isMap(doc.contents))
    return {
      problems: [
        { field: '(the whole file)', message: `${what} is ${kindOf(doc.contents)}, not fields`, fix: 'write it as fields, one per line: `name: value`' },
      ],
    };
  try {
    return { data: (jsyaml.load(text) ?? {}) as Record<string, unknown>, problems };
  } catch (e) {
    // Anything the checks above let through that Astro's reader refuses still names its line.
    if (!(e instanceof jsyaml.YAMLException)) throw e;
    return {
      problems: [
        { field: `line ${e.mark.line + 1}`, message: `is not valid YAML: ${e.reason}`, fix: 'correct the line; text with a colon or # in it needs quotes' },
      ],
    };
  }
}

/**
 * The line a field ("actors[1]", "evidence[0].quote") is written on in a YAML
 * text, or undefined when the path is not there: where an editor's cursor
 * should go for a problem named by its field.
 */
export function lineOfField(text: string, field: string): number | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  let node: unknown = doc.contents;
  for (const m of field.matchAll(/([^.[\]\s,]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined && isSeq(node)) node = node.items[Number(m[2])];
    else if (m[1] !== undefined && isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === m[1])?.value;
    else return undefined;
  }
  const offset = (node as Node | null | undefined)?.range?.[0];
  return offset === undefined || node === doc.contents ? undefined : spotAt(text, offset).line;
}
