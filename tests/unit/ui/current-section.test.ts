import { describe, expect, it } from 'vitest';
import { currentSection } from '../../../src/ui/current-section';

// Which section the settings page's navigation marks: tops are each section's distance from the
// top of an 800 px window, so the line is at 200 px.
describe('currentSection', () => {
  it('is the first section before any has reached the line', () => {
    expect(currentSection([250, 900, 1600], 800, false)).toBe(0);
  });

  it('is the last section whose top has passed the line, the line itself included', () => {
    expect(currentSection([-700, 199, 900], 800, false)).toBe(1);
    expect(currentSection([-700, 200, 900], 800, false)).toBe(1);
    expect(currentSection([-700, 201, 900], 800, false)).toBe(0);
    expect(currentSection([-1600, -900, -10], 800, false)).toBe(2);
  });

  it('is the last section at the end of the page, even a short one below the line', () => {
    expect(currentSection([-1600, -200, 500], 800, true)).toBe(2);
  });

  it('is none when there are no sections', () => {
    expect(currentSection([], 800, false)).toBe(-1);
    expect(currentSection([], 800, true)).toBe(-1);
  });

  it('keeps the section reached by a link while it is on screen, even below the line or at the end', () => {
    expect(currentSection([-1600, 100, 500], 800, true, 1)).toBe(1);
    expect(currentSection([-900, 300, 700], 800, false, 1)).toBe(1);
    expect(currentSection([-900, 0, 700], 800, false, 1)).toBe(1);
    // Off screen, above or below, the link no longer decides.
    expect(currentSection([-900, -1, 700], 800, false, 1)).toBe(1);
    expect(currentSection([-900, -100, 150], 800, false, 1)).toBe(2);
    expect(currentSection([-100, 800, 1700], 800, false, 1)).toBe(0);
    expect(currentSection([-100, 300, 1700], 800, false, 5)).toBe(0);
  });
});
