// An MDX file as content: frontmatter fields, then Markdown with the site's
// components. MDX can also hold code — `import` and `export` lines, `{…}`
// expressions, attributes computed by JavaScript, HTML elements such as
// <script> — which would run on the editor's or CI's machine at build time, or
// in readers' browsers. Content is data: an explainer's body is parsed with
// the parser Astro compiles it with (satteri) and anything but Markdown, the
// components with literal attributes and {/* comments */} is refused, with
// its line, before anything compiles it.
import { mdxToMdast } from 'satteri';
import { MDX_COMPONENTS } from '../../content/mdx-refs.ts';
import type { FileProblem } from './yaml-data.ts';
import { spotAt } from './text.ts';

/** Astro's frontmatter rule: a first line `---`, the fields, a line `---`. */
const FRONTMATTER = /^(?:\s*\n)?---([\s\S]*?\n)---/;

/** The frontmatter's text, the body, and the body's first line in the file (for line numbers). */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string; bodyLine: number } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { body: text, bodyLine: 1 };
  return { frontmatter: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

const COMPONENTS = Object.keys(MDX_COMPONENTS).map((c) => `<${c}>`);
/** An attribute value written as a literal: a number ({2}) or a string ({"x"}). */
const LITERAL = /^\s*(-?\d+(\.\d+)?|"[^"]*"|'[^']*')\s*$/;
/** An expression that is only a comment: {/* a note *\/}. */
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * What is wrong with a link's address, if anything: a link leads to a page of
 * this site from its root (/claims/x/), a place on the page (#x), or another
 * site in full (https://…); it never runs code, and never depends on the page
 * that shows it (a relative address), which breaks once the text moves.
 */
function linkProblem(url: string): { message: string; fix: string } | undefined {
  if (/^\/(?!\/)|^#|^https?:\/\/[^\s/]+|^mailto:[^\s]+@/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    return {
      message: `the link to "${url}" would run code or open something other than a page`,
      fix: 'link to a page: https://… for another site, /… for this one',
    };
  if (/^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|ca|uk|io|gov|edu)(\/|$))/i.test(url))
    return { message: `the link to "${url}" has no https:// in front, so it leads to a path on this site`, fix: `write https://${url.replace(/^\/\//, '')}` };
  return {
    message: `the link to "${url}" is relative: where it leads depends on the page that shows it`,
    fix: "write the address from the site's root: /explainers/<id>/, /claims/<id>/, /timeline/",
  };
}

interface Positioned {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Positioned[];
  position?: { start: { line: number } };
}

const hasClaimInside = (n: Positioned): boolean =>
  (n.children ?? []).some((c) => ((c.type === 'mdxJsxTextElement' || c.type === 'mdxJsxFlowElement') && c.name === 'Claim') || hasClaimInside(c));

function problemsOf(node: Positioned, line: (n: Positioned) => number): FileProblem[] {
  const at = `body, line ${line(node)}`;
  switch (node.type) {
    case 'link':
    case 'definition': {
      const wrong = linkProblem(node.url ?? '');
      return wrong ? [{ field: at, ...wrong }] : [];
    }
    case 'image':
      return /^\/(?!\/)/.test(node.url ?? '')
        ? []
        : [
            {
              field: at,
              message: `the image "${node.url}" is not on this site: readers' browsers would fetch it from elsewhere, which the site's security policy blocks`,
              fix: 'put the image in public/ and write its address from the root: ![what it shows](/file.png)',
            },
          ];
    case 'text':
      // Markdown shows an unclosed ** as it is: the reader sees the asterisks.
      return String(node.value).includes('**')
        ? [
            {
              field: at,
              message: 'a ** opens bold text that is never closed, so the asterisks would show as written',
              fix: 'close it with ** after the last bold word, or remove it',
            },
          ]
        : [];
    case 'heading':
      return node.depth === 1
        ? [{ field: at, message: 'a level-1 heading (#) gives the page a second title: the title field is its heading', fix: 'start the sections at ##' }]
        : [];
    case 'mdxjsEsm':
      return [
        {
          field: at,
          message: `\`${String(node.value).split('\n')[0]}\` is code: import and export lines would run when the site is built`,
          fix: `remove it; explainers use Markdown and the site's components (${COMPONENTS.join(', ')}), which need no import`,
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return COMMENT_ONLY.test(String(node.value))
        ? []
        : [
            {
              field: at,
              message: `{${String(node.value).trim().slice(0, 40)}} is a JavaScript expression, which would run when the site is built`,
              fix: 'write the words themselves; to show a brace, write \\{',
            },
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name || !/^[A-Z]/.test(node.name))
        return [
          {
            field: at,
            message: `<${node.name ?? ''}> is an HTML element; explainers are Markdown with the site's components`,
            fix: `write it in Markdown, or use one of ${COMPONENTS.join(', ')}`,
          },
        ];
      const code = (node.attributes ?? []).flatMap((a): FileProblem[] => {
        if (a.type === 'mdxJsxExpressionAttribute')
          return [{ field: at, message: `<${node.name}> takes its attributes from code ({${String(a.value)}})`, fix: 'write each attribute as name="value"' }];
        const value = a.value as { type?: string; value?: string } | null | undefined;
        if (value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression' && !LITERAL.test(value.value ?? ''))
          return [
            { field: at, message: `<${node.name}> ${a.name}={${value.value}} is computed by code`, fix: `write a literal: ${a.name}="text" or ${a.name}={3}` },
          ];
        return [];
      });
      if (code.length) return code;
      const card = (node.attributes ?? []).some((a) => a.name === 'card');
      if (node.name === 'Claim' && !card && !node.children?.length)
        return [
          {
            field: at,
            message: '<Claim> marks the words inside it, and this one has none',
            fix: 'write <Claim id="…">your sentence</Claim>, or <Claim id="…" card />',
          },
        ];
      if (node.name === 'Claim' && !card && hasClaimInside(node))
        return [
          {
            field: at,
            message: 'a <Claim> inside another <Claim> mixes their words and markers',
            fix: 'close the first </Claim> before the next <Claim> opens',
          },
        ];
      if (node.name === 'Claim' && card && node.children?.length)
        return [
          {
            field: at,
            message: '<Claim … card> shows the claim as a card in place of the words inside it, so they would not be shown',
            fix: 'write <Claim id="…" card /> on a line of its own, or leave out card to mark the words',
          },
        ];
      return [];
    }
    default:
      return [];
  }
}

/** An attribute whose value is in typographic quotes (id=”x”), which MDX cannot read: a word processor's "smart quotes". */
function curlyAttribute(body: string): { line: number; problem: { message: string; fix: string } } | undefined {
  const m = /<[A-Z][A-Za-z]*\b[^>\n]*?([\w-]+)\s*=\s*([“”‘’„])/.exec(body);
  if (!m) return undefined;
  return {
    line: spotAt(body, m.index).line,
    problem: {
      message: `cannot be read as MDX: ${m[1]}= is followed by the typographic quote ${m[2]}, which MDX does not read as a quote`,
      fix: `write straight quotes: ${m[1]}="…" (an editor's "smart quotes" setting changes them)`,
    },
  };
}

/** What in an explainer's MDX body is not content; `bodyLine` is the body's first line in its file. */
export function mdxBodyProblems(body: string, bodyLine: number): FileProblem[] {
  let tree: Positioned;
  try {
    tree = mdxToMdast(body) as unknown as Positioned;
  } catch (e) {
    // satteri's messages start "line:column: …" in the body.
    const message = e instanceof Error ? e.message : String(e);
    const curly = curlyAttribute(body);
    if (curly) return [{ field: `body, line ${curly.line + bodyLine - 1}`, ...curly.problem }];
    const m = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/s.exec(message);
    if (!m) return [{ field: 'body', message: `cannot be read as MDX: ${message}`, fix: 'close every tag the body opens; write a brace as \\{' }];
    return [
      {
        field: `body, line ${Number(m[1]) + bodyLine - 1}`,
        // Positions inside the message are the body's, not the file's: left out.
        message: `cannot be read as MDX: ${m[3]!.charAt(0).toLowerCase()}${m[3]!.slice(1).replace(/ \(\d+:\d+\)/g, '')}`,
        fix: 'close every tag the body opens (<Claim id="…">…</Claim>); write a brace or < in text as \\{ or &lt;',
      },
    ];
  }
  const line = (n: Positioned) => (n.position?.start.line ?? 1) + bodyLine - 1;
  const out: FileProblem[] = [];
  const walk = (n: Positioned) => {
    out.push(...problemsOf(n, line));
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}
