// /claims.json: every claim as data, for anyone who wants to check or reuse
// them. The shape is described in README.md; schemaVersion changes when it does.
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { absolute } from '../lib/site/url.ts';
import { routes } from '../lib/site/paths.ts';
import { CLAIM_STATUS } from '../lib/content/vocab.ts';
import { datetimeAttr, formatFuzzyDate } from '../lib/content/dates.ts';
import { changesLog } from '../lib/revisions/log.ts';
import { changePath } from '../lib/share/feed.ts';

// 2: published, lastChanged and corrections. 3: updates (what is new, apart from
// corrections), lastUpdated, lastCorrected and changes (both, typed, newest first).
export const SCHEMA_VERSION = 3;

export const GET: APIRoute = async () => {
  const { claims } = await site();
  const body = {
    schemaVersion: SCHEMA_VERSION,
    site: absolute(routes.home()),
    statuses: CLAIM_STATUS,
    claims: claims.map((c) => ({
      id: c.id,
      url: absolute(routes.claim(c.id)),
      statement: c.statement,
      status: c.status,
      attribution: [...new Set(c.evidence.map((e) => e.chain))],
      actors: c.actors.map((a) => ({ id: a.id, name: a.data.name })),
      topics: c.topics.map((t) => ({ id: t.id, title: t.data.title })),
      differences: c.differences ?? null,
      evidence: c.evidence.map((e) => ({
        source: e.source.id,
        sourceTitle: e.source.data.title,
        publisher: e.publisher,
        published: { text: formatFuzzyDate(e.source.data.published), datetime: datetimeAttr(e.source.data.published) ?? null },
        quote: e.quote,
        paragraph: e.n,
        url: absolute(e.passagePath),
        originalUrl: e.originalUrl ?? null,
        note: e.note ?? null,
        attribution: e.chain,
      })),
      related: c.related,
      contrasts: c.contrasts,
      aliases: c.entry.data.aliases,
      published: c.published ?? null,
      lastChanged: c.lastChanged ?? null,
      lastUpdated: c.lastUpdated ?? null,
      lastCorrected: c.lastCorrected ?? null,
      corrections: c.corrections,
      updates: c.updates,
      changes: changesLog([c]).map((x) => ({
        type: x.type,
        date: x.date,
        text: x.text,
        ...(x.reason ? { reason: x.reason } : {}),
        url: absolute(changePath(x)),
      })),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
