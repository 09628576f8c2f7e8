/**
 * Every story is a test: each export of each `stories/**\/*.stories.tsx` is rendered with the
 * project's decorators and globals (`.storybook/preview.tsx`), its `play` function runs, and
 * axe checks what it left on screen. New story files are picked up without touching this file.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { Meta, ReactRenderer } from '@storybook/react-vite';
import type { ComposedStoryFn } from 'storybook/internal/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import preview from '../.storybook/preview.tsx';
import { startLocalCognito, type LocalCognito } from '../scripts/localCognito.ts';
import { setLiveEndpoint } from '../stories/support/liveConfig.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// Storybook 10 portable stories: register the preview once, then run its beforeAll hooks.
const project = setProjectAnnotations([preview]);
beforeAll(project.beforeAll);

// The Live stories talk to a real local Cognito: one on a free port for this run. Their play
// functions walk whole flows over HTTP, so a story gets more than the default 5 s.
const liveStoryTimeoutMs = 20_000;
let cognito: LocalCognito | undefined;
beforeAll(async () => {
  cognito = await startLocalCognito({ port: 0 });
  setLiveEndpoint(cognito.endpoint);
});
afterAll(async () => {
  setLiveEndpoint(undefined);
  await cognito?.stop();
});

type StoryModule = Parameters<typeof composeStories>[0] & { default: Meta };
const storyFiles = import.meta.glob<StoryModule>('../stories/**/*.stories.tsx', { eager: true });

// The configuration-fault stories make the kit log its one developer line: expected, so kept
// out of the output. Anything else on console.error (a React warning) fails the story.
let unexpectedErrors: string[] = [];
beforeEach(() => {
  unexpectedErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (!line.startsWith('[cognito-verify-kit]')) unexpectedErrors.push(line);
  });
});

let canvasElement: HTMLElement | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  // Storybook unmounts a story when the next one runs; take its canvas off the page now.
  canvasElement?.remove();
  canvasElement = undefined;
});

it('finds the story files', () => {
  expect(Object.keys(storyFiles).length).toBeGreaterThan(0);
});

describe.each(Object.entries(storyFiles))('%s', (_, storyFile) => {
  const stories = Object.entries(composeStories(storyFile) as Record<string, ComposedStoryFn<ReactRenderer>>);

  it('exports at least one story', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories)('%s renders, plays and passes axe', async (_name, Story) => {
    canvasElement = document.body.appendChild(document.createElement('div'));
    // run() renders the story and awaits its play function: an assertion failing there rejects here.
    await Story.run({ canvasElement });
    await expectNoAxeViolations(canvasElement);
    expect(unexpectedErrors).toEqual([]);
  }, liveStoryTimeoutMs);
});
