// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { findDrill } from '../../../src/core/catalog';
import type { Drill } from '../../../src/core/drill';
import { ownToDrill } from '../../../src/core/own-world';
import { timerPlan } from '../../../src/core/timer';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES } from '../../../src/core/settings';
import { savePicture } from '../../../src/platform/pictures';
import { DrillView, preloadDrawings } from '../../../src/ui/DrillView';
import type { LeveledDrill as Leveled } from '../../../src/popup/LeveledDrill';
import { PNG_URL, SVG_URL, towel, yRaise } from './own-break-drills';

// Issue 24: an own drill at a break shows its own words, its picture (or the figure it is drawn
// with) at the drawing's size, says where it comes from, and the timer counts its dose.

const own = (drill = yRaise, extra: Partial<typeof yRaise> = {}) => ownToDrill({ ...drill, ...extra }, 'own');
const org = (drill = yRaise, extra: Partial<typeof yRaise> = {}) => ownToDrill({ ...drill, ...extra }, 'org');
const noop = () => undefined;

function show(drill: Drill, capSeconds: number | null = 120) {
  render(<DrillView drill={drill} capSeconds={capSeconds} sound={false} fallback={null} snoozeOptions={[]} onDone={noop} onSkip={noop} onSnooze={noop} onClose={noop} />);
}
const picture = () => document.querySelector<HTMLImageElement>('img[data-testid="own-picture"]');

// The drawings load once, before any test: a test sees the stage as it stands once they are in.
beforeEach(async () => {
  await preloadDrawings();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('an own drill at a break: its words', () => {
  it('shows its name, purpose, steps, cue and mistake as written', () => {
    show(own());
    expect(screen.getByRole('heading', { level: 1, name: 'Prone Y raise' })).toBeTruthy();
    expect(screen.getByText('Lower trapezius, as Dr. Weber showed me')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(yRaise.steps);
    expect(screen.getByText('Shoulder blades down and back').textContent).toBe('Cue: Shoulder blades down and back');
    expect(screen.getByText('Shrugging the shoulders').textContent).toBe('Watch out: Shrugging the shoulders');
  });

  it('leaves out a cue and a mistake it was written without, and keeps two steps that read alike', () => {
    show(own(towel, { steps: ['Breathe out.', 'Breathe out.'] }));
    expect(screen.queryByText(/^Cue:/)).toBeNull();
    expect(screen.queryByText(/^Watch out:/)).toBeNull();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Breathe out.', 'Breathe out.']);
  });
});

describe('where it comes from', () => {
  it('marks the user’s own drill and the organisation’s, and no catalog drill', () => {
    show(own());
    expect(screen.getByTestId('own-mark').textContent).toBe('From your own program');
    cleanup();
    show(org());
    expect(screen.getByTestId('own-mark').textContent).toBe("From your organisation's program");
    cleanup();
    show(findDrill('band-rows')!);
    expect(screen.queryByTestId('own-mark')).toBeNull();
  });
});

describe('its picture', () => {
  it('the user’s own picture, stored on this computer, takes the drawing’s place at its size, with alternative text', async () => {
    await savePicture('own-yraise', PNG_URL);
    show(own(yRaise, { figure: 'wall-slides' }));
    const img = await screen.findByRole('img', { name: 'Picture for Prone Y raise' });
    expect(img).toBe(picture());
    expect(img.getAttribute('src')).toBe(PNG_URL);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['160', '160']);
    // The picture stands in the drawing's place: the figure is not drawn beside it.
    expect(document.querySelector('svg.illustration')).toBeNull();
    expect(img.parentElement!.classList.contains('stage')).toBe(true);
  });

  it('an organisation’s drill shows the picture it carries', () => {
    show(org(yRaise, { picture: PNG_URL }));
    expect(picture()!.getAttribute('alt')).toBe('Picture for Prone Y raise');
    expect(picture()!.getAttribute('src')).toBe(PNG_URL);
  });

  it('without a picture, the figure it was given is drawn, at the same size and labelled with its name', async () => {
    show(own(yRaise, { figure: 'wall-slides' }));
    const figure = screen.getByRole('img', { name: 'Prone Y raise: the movement, drawn' });
    expect([figure.tagName.toLowerCase(), figure.getAttribute('width'), figure.getAttribute('height')]).toEqual(['svg', '160', '160']);
    // Nothing is stored for it: the figure stays.
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(picture()).toBeNull();
  });

  it('with neither, the drawing’s empty space, as a catalog drill without a drawing has', async () => {
    show(own());
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(picture()).toBeNull();
    expect(document.querySelector('svg.illustration')).toBeNull();
    expect(document.querySelector('.stage .illustration-space')).toBeTruthy();
  });

  it('a picture that is not a PNG, JPEG or WebP is never shown, whatever a policy holds: the figure is', () => {
    show(org(yRaise, { picture: SVG_URL, figure: 'wall-slides' }));
    expect(picture()).toBeNull();
    expect(screen.getByRole('img', { name: 'Prone Y raise: the movement, drawn' })).toBeTruthy();
  });

  it('a stored picture of a type we do not take is not shown either', async () => {
    await browser.storage.local.set({ 'picture.own-yraise': SVG_URL });
    show(own());
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(picture()).toBeNull();
  });
});

describe('the guided timer counts its dose', () => {
  it('the timer plan rests as long as the prescription says between sets and holds', () => {
    const plan = timerPlan(yRaise.dose);
    expect(plan.filter((s) => s.kind === 'rest').map((s) => [s.cue, s.seconds])).toEqual([['rest', 45]]);
    expect(plan.filter((s) => s.kind === 'work')).toHaveLength(20);
    expect(timerPlan(towel.dose).map((s) => [s.cue, s.seconds])).toEqual([['hold', 30], ['rest', 20], ['hold', 30], ['rest', 20], ['hold', 30]]);
  });

  it('in a routine (the whole dose): every set, with the written rest between, and says the rest', async () => {
    vi.useFakeTimers();
    show(own(), null);
    expect(screen.getByTestId('dose').textContent).toBe('2 sets of 10 · 45 s rest between sets');
    fireEvent.keyDown(window, { key: ' ' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_200);
    }); // ten reps of 3 s
    expect(screen.getByTestId('cue').textContent).toBe('rest');
    expect(screen.getByTestId('countdown').textContent).toBe('45');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(45_000);
    });
    expect(screen.getByText('Set 2 of 2 · Rep 1 of 10')).toBeTruthy();
  });

  it('at a break: the holds that fit the cap, with the written rest between them', async () => {
    vi.useFakeTimers();
    show(own(towel), 90); // (90 + 20) / (30 + 20): two holds
    expect(screen.getByTestId('dose').textContent).toBe('hold 30 s × 2 · 20 s rest between holds · the full routine is hold 30 s × 3');
    fireEvent.keyDown(window, { key: ' ' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_200);
    });
    expect(screen.getByTestId('cue').textContent).toBe('rest');
    expect(screen.getByTestId('countdown').textContent).toBe('20');
  });

  it('a catalog dose, which names no rest, says none', () => {
    show(findDrill('band-pull-aparts')!, null);
    expect(screen.getByTestId('dose').textContent).toBe('3 sets of 15');
  });
});

describe('its level, from its own ladder', () => {
  const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES] };
  let LeveledDrill: typeof Leveled;
  beforeEach(async () => {
    vi.resetModules();
    ({ LeveledDrill } = await import('../../../src/popup/LeveledDrill'));
  });
  const level = (drill: Drill) =>
    render(<LeveledDrill drill={drill} settings={everything} lastDone={null} capSeconds={120} sound={false} fallback={null} snoozeOptions={[]} onDone={noop} onSkip={noop} onSnooze={noop} onClose={noop} />);

  it('starts on the dose written: 5 × 1, 8 × 1, then 10 × 2 (written), 10 × 3', async () => {
    level(own());
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 3 of 4'));
    expect(screen.getByTestId('dose').textContent).toContain('1 set of 10');
  });

  it('with levels off for it, one rung: no level to speak of', async () => {
    level(own(yRaise, { levels: false }));
    await waitFor(() => expect(screen.getByTestId('dose')).toBeTruthy());
    expect(screen.queryByTestId('level')).toBeNull();
    expect(screen.getByTestId('dose').textContent).toContain('1 set of 10');
  });
});
