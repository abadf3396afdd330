// /feed.xml: new claims, and updates and corrections of claims and events, each
// item with its kind as a category (RSS 2.0, via @astrojs/rss).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { feedItems } from '../lib/share/feed.ts';
import { routes } from '../lib/site/paths.ts';
import { story } from '../data/content/story.ts';
import { absolute } from '../lib/site/url.ts';
import { CLAIM_STATUS } from '../lib/content/vocab.ts';

const CATEGORY = { claim: 'New claim', update: 'Update', correction: 'Correction' } as const;

export const GET: APIRoute = async () => {
  const { claims, changes } = await site();
  const items = feedItems(
    claims.map((c) => ({
      ...c,
      summary: `${CLAIM_STATUS[c.status].label}. Said by ${[...new Set(c.evidence.map((e) => e.chain))].join('; ')}.`,
    })),
    changes,
  );
  return rss({
    title: `${story.name}: new claims, updates and corrections`,
    description: story.tagline,
    site: absolute(routes.home()),
    items: items.map((i) => ({
      title: i.title,
      link: absolute(i.path),
      pubDate: new Date(`${i.date}T00:00:00Z`),
      description: i.description,
      categories: [CATEGORY[i.category]],
    })),
  });
};
