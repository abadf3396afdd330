// /feed.xml: new claims and corrections (RSS 2.0, via @astrojs/rss).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { feedItems } from '../lib/share/feed.ts';
import { routes } from '../lib/site/paths.ts';
import { story } from '../data/content/story.ts';
import { absolute } from '../lib/site/url.ts';
import { CLAIM_STATUS } from '../lib/content/vocab.ts';

export const GET: APIRoute = async () => {
  const { claims } = await site();
  const items = feedItems(
    claims.map((c) => ({
      ...c,
      summary: `${CLAIM_STATUS[c.status].label}. Said by ${[...new Set(c.evidence.map((e) => e.chain))].join('; ')}.`,
    })),
  );
  return rss({
    title: `${story.name}: new claims and corrections`,
    description: story.tagline,
    site: absolute(routes.home()),
    items: items.map((i) => ({ title: i.title, link: absolute(i.path), pubDate: new Date(`${i.date}T00:00:00Z`), description: i.description })),
  });
};
