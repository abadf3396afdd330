// Dates and orders a reader sees: a timeline event dated after today (a typo
// for a past year, or a plan reported as done), two entries claiming one
// place in an order (which the file names would then decide) and a home page
// preview that starts after every event are refused.
import { isoOf, sortKey, type FuzzyDate } from '../content/dates.ts';
import { fileOf, newFileFor, type Problem } from '../content/problems.ts';
import { routes } from '../site/paths.ts';
import { previewEvents } from '../content/story.ts';

/** Whether a date certainly lies after `today` (YYYY-MM-DD): its period starts later. */
export function isAfter(d: FuzzyDate, today: string): boolean {
  if (d.kind === 'undated' || d.kind === 'before') return false;
  const iso = isoOf(d.point);
  return iso > today.slice(0, iso.length);
}

export function checkEventDates(events: { id: string; filePath?: string; data: { when: FuzzyDate } }[], today: string): Problem[] {
  return events
    .filter((e) => isAfter(e.data.when, today))
    .map((e) => ({
      file: fileOf('events', e),
      field: 'when',
      message: `${isoOf((e.data.when as { point: Parameters<typeof isoOf>[0] }).point)} is after today (${today}); the timeline shows what happened`,
      fix: 'correct the year, or leave the event out until it has happened',
    }));
}

/** Entries of a collection that share an `order` value. */
export function checkUniqueOrder(collection: string, entries: { id: string; filePath?: string; data: { order: number } }[]): Problem[] {
  const byOrder = new Map<number, typeof entries>();
  for (const e of entries) byOrder.set(e.data.order, [...(byOrder.get(e.data.order) ?? []), e]);
  const taken = [...byOrder.keys()];
  const free = Math.max(0, ...taken) + 1;
  return [...byOrder]
    .filter(([, same]) => same.length > 1)
    .map(([order, same]) => ({
      file: same.map((e) => fileOf(collection, e)).join(' and '),
      field: 'order',
      message: `${same.length} entries have order ${order}, so their file names would decide which comes first`,
      fix: `give each its own order (${free} is free)`,
    }));
}

/**
 * Events the timeline places at one spot, sharing a date and an `order`: their
 * titles would decide which comes first, not what happened first.
 */
export function checkEventOrder(events: { id: string; filePath?: string; data: { when: FuzzyDate; order?: number; orderUnknown?: boolean } }[]): Problem[] {
  const spots = new Map<string, typeof events>();
  for (const e of events) {
    const spot = `${sortKey(e.data.when)} ${e.data.order ?? 0}`;
    spots.set(spot, [...(spots.get(spot) ?? []), e]);
  }
  return [...spots.values()]
    .filter((same) => same.length > 1 && !same.every((e) => e.data.orderUnknown))
    .map((same) => {
      const orders = events.filter((e) => sortKey(e.data.when) === sortKey(same[0]!.data.when)).map((e) => e.data.order ?? 0);
      const some = same.some((e) => e.data.orderUnknown);
      return {
        file: same.map((e) => fileOf('events', e)).join(' and '),
        field: 'order',
        message: some
          ? `${same.length} events share a date, and only some say their order is unknown, so the timeline cannot tell which to place first`
          : `${same.length} events share a date and order ${same[0]!.data.order ?? 0}, so their titles would decide which the timeline shows first`,
        fix: `give each its own order, in the order they happened (${Math.max(...orders) + 1} is free), or, where the sources do not say, write order: unknown in each`,
      };
    });
}

/**
 * The home page previews dated events from home.previewFrom on (site.yaml): a
 * year after every dated event would leave the preview empty.
 */
export function checkHomePreview(previewFrom: number | undefined, events: { data: { when: FuzzyDate } }[], storyFile: string): Problem[] {
  const years = events.flatMap((e) => (e.data.when.kind === 'undated' ? [] : [e.data.when.point.year]));
  if (previewFrom === undefined || !years.length || previewEvents(events, previewFrom, 1).length) return [];
  const latest = Math.max(...years);
  return [
    {
      file: storyFile,
      field: 'home.previewFrom',
      message: `is ${previewFrom}, after every dated event (the latest is in ${latest}), so the home page would preview none`,
      fix: `set it to ${latest} or an earlier year, or remove it to preview from the first dated event`,
    },
  ];
}

/**
 * An event re-dated before home.previewFrom would drop out of the home page's
 * "In order" in silence: a published event (in the revision lock) whose date
 * lay in the preview's years and now lies before them is named, with the year
 * that keeps it.
 */
export function checkPreviewKeepsEvents(
  previewFrom: number | undefined,
  locked: Record<string, { when: string }>,
  events: { id: string; filePath?: string; data: { when: FuzzyDate } }[],
  storyFile: string,
): Problem[] {
  if (previewFrom === undefined) return [];
  const yearOf = (when: string) => Number(/(\d{4})/.exec(when)?.[1]);
  return events.flatMap((e) => {
    const was = locked[e.id]?.when;
    if (!was || !(yearOf(was) >= previewFrom) || e.data.when.kind === 'undated' || e.data.when.point.year >= previewFrom) return [];
    const year = e.data.when.point.year;
    return [
      {
        file: storyFile,
        field: 'home.previewFrom',
        message: `is ${previewFrom}, so the home page's "In order" would drop ${fileOf('events', e)}, which it showed until the event was dated ${year}`,
        fix: `set it to ${year}, so the preview still starts with what it showed`,
      },
    ];
  });
}

/**
 * An event's anchor on the timeline (/timeline/#event-<id>) is a published
 * URL like a page: an event whose anchor is locked (`locked`, the URL lock)
 * and that no file gives any more was renamed or removed. An event has no
 * aliases, so the fix is its old file name; new events are named as the
 * likely renamed ones.
 */
export function checkRemovedEvents(locked: string[], events: { id: string; filePath?: string }[], lockFile: string): Problem[] {
  const prefix = routes.event('');
  const lockedIds = new Set(locked.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)));
  const ids = new Set(events.map((e) => e.id));
  const fresh = events.filter((e) => !lockedIds.has(e.id)).map((e) => fileOf('events', e));
  return [...lockedIds]
    .filter((id) => !ids.has(id))
    .map((id) => {
      const file = newFileFor('events', id);
      return {
        file,
        field: 'file',
        message: `is gone, but its place on the timeline, ${routes.event(id)}, was published (${lockFile}): links to it would land at the top of the timeline`,
        fix: fresh.length
          ? `if ${fresh.slice(0, 3).join(' or ')} is this event renamed, give it back its name ${file} (an event's id is its file name, and its anchor is shared); else restore it (git show HEAD:${file} > ${file})`
          : `restore it (git show HEAD:${file} > ${file}), or give the event that replaced it this file name`,
      };
    });
}
