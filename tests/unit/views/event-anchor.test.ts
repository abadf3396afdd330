import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventIdOf, forwardEventAnchor } from '../../../src/lib/views/event-anchor.ts';

const pages = { 'talks-begin': '/timeline/', 'ecobee-refuses': '/timeline/page/3/' };

test('a shared event link follows its event to the page it is on now', () => {
  assert.equal(
    forwardEventAnchor('#event-ecobee-refuses', () => false, pages, '/timeline/'),
    '/timeline/page/3/#event-ecobee-refuses',
  );
  // Under a base path the map already holds the site's own links.
  assert.equal(
    forwardEventAnchor('#event-ecobee-refuses', () => false, { 'ecobee-refuses': '/explainer/timeline/page/3/' }, '/explainer/timeline/'),
    '/explainer/timeline/page/3/#event-ecobee-refuses',
  );
});

test('nothing moves when the anchor is here, is not an event, or is unknown', () => {
  assert.equal(
    forwardEventAnchor('#event-talks-begin', (id) => id === 'event-talks-begin', pages, '/timeline/'),
    undefined,
  );
  assert.equal(
    forwardEventAnchor('#year-2021', () => false, pages, '/timeline/'),
    undefined,
  );
  assert.equal(
    forwardEventAnchor('#event-no-such-event', () => false, pages, '/timeline/'),
    undefined,
  );
  // Already on the event's page (an anchor the page lost): no redirect loop.
  assert.equal(
    forwardEventAnchor('#event-ecobee-refuses', () => false, pages, '/timeline/page/3/'),
    undefined,
  );
  assert.equal(eventIdOf('#event-a-b'), 'a-b');
  assert.equal(eventIdOf('#p-3'), undefined);
});
