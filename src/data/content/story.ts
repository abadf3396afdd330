// This build's story settings (content/site.yaml), read once when the build
// starts: see src/lib/content/story.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../../lib/content/root.ts';
import { parseStory, STORY_FILE } from '../../lib/content/story.ts';

const path = join(contentRoot(), STORY_FILE);

export const story = parseStory(existsSync(path) ? readFileSync(path, 'utf8') : undefined, relative(process.cwd(), path));
