// The layout of a claim's share image (1200×630), as the element tree satori
// renders. Pure: the text sizes itself to the statement's length so a long
// claim still fits without being cut.

export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface OgCardInput {
  siteName: string;
  statement: string;
  statusLabel: string;
  /** "The Verge · Android Central". */
  sources: string;
  /** "Claim · proactive-state.example/claims/x/". */
  footer: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({ type, props: { style, children } });

function statementFontSize(statement: string): number {
  const n = statement.length;
  if (n <= 90) return 60;
  if (n <= 140) return 52;
  if (n <= 190) return 45;
  return 39;
}

const PAPER = '#fbf8f1';
const INK = '#1d2230';
const MUTED = '#545b6b';
const ACCENT = '#1f5f8b';

export function ogCard(input: OgCardInput): Node {
  return el('div', { width: OG_SIZE.width, height: OG_SIZE.height, display: 'flex', background: PAPER, fontFamily: 'Inter', color: INK }, [
    el('div', { width: 18, height: '100%', background: ACCENT }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px 52px 64px', flex: 1 }, [
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
        el('div', { fontSize: 30, fontWeight: 700, color: ACCENT }, input.siteName),
        el('div', { fontSize: 26, fontWeight: 700, color: ACCENT, border: `3px solid ${ACCENT}`, borderRadius: 999, padding: '6px 22px' }, input.statusLabel),
      ]),
      el(
        'div',
        { fontFamily: 'Source Serif', fontSize: statementFontSize(input.statement), fontWeight: 600, lineHeight: 1.22, display: 'flex' },
        input.statement,
      ),
      el('div', { display: 'flex', flexDirection: 'column', gap: 6 }, [
        el('div', { fontSize: 28, fontWeight: 700, color: INK }, input.sources),
        el('div', { fontSize: 22, color: MUTED }, input.footer),
      ]),
    ]),
  ]);
}
