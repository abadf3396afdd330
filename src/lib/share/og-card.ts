// The layout of a claim's share image (1200×630). Pure: the drawing code
// (src/data/share/og-draw.ts) sets each text, measures its ink, and asks here where
// it goes. The statement takes the largest size at which it fits between the
// header and the sources, so a long claim shrinks instead of being cut.

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

export const OG_COLORS = { paper: '#fbf8f1', ink: '#1d2230', muted: '#545b6b', accent: '#1f5f8b' } as const;
export type OgColor = keyof typeof OG_COLORS;
export type OgFace = 'serif' | 'sans' | 'sansBold';
export interface TextStyle {
  face: OgFace;
  /** Pixels. */
  size: number;
  color: OgColor;
}

/** The accent bar down the left edge. */
export const BAR_WIDTH = 18;
/** Where text may go: the card less its padding. */
export const TEXT_BOX = { left: BAR_WIDTH + 64, right: OG_SIZE.width - 72, top: 56, bottom: OG_SIZE.height - 52 } as const;
export const TEXT_WIDTH = TEXT_BOX.right - TEXT_BOX.left;

export const STYLES = {
  siteName: { face: 'sansBold', size: 30, color: 'accent' },
  status: { face: 'sansBold', size: 26, color: 'accent' },
  sources: { face: 'sansBold', size: 28, color: 'ink' },
  footer: { face: 'sans', size: 22, color: 'muted' },
} as const satisfies Record<string, TextStyle>;

export const statementStyle = (size: number): TextStyle => ({ face: 'serif', size, color: 'ink' });

/** The status pill: an outline round the status label. */
export const PILL = { height: 48, padX: 25, border: 3 } as const;
/** Between the site name and the pill; between the sources and the footer; around the statement. */
const GAP = { header: 24, bottom: 14, statement: 24 } as const;

const STATEMENT_SIZES = [60, 52, 45, 39, 34, 30, 26];

/**
 * The sizes to try for a statement, largest first, from the one its length
 * suggests: a short claim gets large type, and the usual claim fits at the
 * first size tried, so it is set once.
 */
export function statementSizes(statement: string): number[] {
  const n = statement.length;
  const first = n <= 90 ? 60 : n <= 140 ? 52 : n <= 190 ? 45 : 39;
  return STATEMENT_SIZES.filter((s) => s <= first);
}

export interface Box {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** The pill's outline for a status label of this size, at the top right. */
export function pillFor(status: Box): Box & Point {
  const width = status.width + 2 * PILL.padX;
  return { x: TEXT_BOX.right - width, y: TEXT_BOX.top, width, height: PILL.height };
}

/** How wide the site name may run: up to the pill, less a gap. */
export const siteNameWidth = (status: Box) => TEXT_WIDTH - pillFor(status).width - GAP.header;

export interface CardLayout {
  siteName: Point;
  pill: Box & Point;
  status: Point;
  sources: Point;
  footer: Point;
  /** The band the statement is centred in. */
  statement: { top: number; bottom: number };
}

const middle = (top: number, space: number, ink: number) => top + Math.round((space - ink) / 2);

/** Where each measured text goes. The header's two texts are centred on the pill; the sources sit on the footer. */
export function layoutCard(m: { siteName: Box; status: Box; sources: Box; footer: Box }): CardLayout {
  const pill = pillFor(m.status);
  const footerY = TEXT_BOX.bottom - m.footer.height;
  const sourcesY = footerY - GAP.bottom - m.sources.height;
  return {
    siteName: { x: TEXT_BOX.left, y: middle(pill.y, pill.height, m.siteName.height) },
    pill,
    status: { x: pill.x + PILL.padX, y: middle(pill.y, pill.height, m.status.height) },
    sources: { x: TEXT_BOX.left, y: sourcesY },
    footer: { x: TEXT_BOX.left, y: footerY },
    statement: { top: pill.y + pill.height + GAP.statement, bottom: sourcesY - GAP.statement },
  };
}

/** Where a set statement goes, centred in its band; undefined when it is too tall for it. */
export function placeStatement(layout: CardLayout, statement: Box): Point | undefined {
  const { top, bottom } = layout.statement;
  if (statement.height > bottom - top || statement.width > TEXT_WIDTH) return undefined;
  return { x: TEXT_BOX.left, y: middle(top, bottom - top, statement.height) };
}

/** The statement cut to its first `words` words and an ellipsis: the last resort for one too long at the smallest size. */
export function shortened(statement: string, words: number): string {
  return `${statement
    .split(/\s+/)
    .slice(0, words)
    .join(' ')
    .replace(/[\s,;:.!?]+$/, '')}…`;
}
