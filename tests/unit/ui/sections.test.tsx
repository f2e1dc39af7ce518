// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { SECTIONS, sectionOf, useSection } from '../../../src/options/sections';

describe('sectionOf', () => {
  it('is the section a fragment names, with or without its #', () => {
    for (const { id } of SECTIONS) expect(sectionOf(`#${id}`)).toBe(id);
    expect(sectionOf('data', 'schedule')).toBe('data');
  });

  it('is the section holding an anchor the fragment names', () => {
    expect(sectionOf('#checkin-marker-pain', 'schedule')).toBe('progress');
    expect(sectionOf('#checkin-marker-pain')).toBe('progress');
  });

  it('is the first section for the page’s address without a fragment', () => {
    expect(sectionOf('', 'behaviour')).toBe('schedule');
    expect(sectionOf('')).toBe('schedule');
  });

  it('keeps the section on screen for a fragment it does not know, the first on a fresh load', () => {
    expect(sectionOf('#library', 'data')).toBe('data');
    expect(sectionOf('#', 'behaviour')).toBe('schedule');
    expect(sectionOf('#%E0%A4%A')).toBe('schedule');
    expect(sectionOf('#Progress')).toBe('schedule');
  });
});

function Shown() {
  const section = useSection();
  return (
    <p data-testid="shown" id={section}>
      {section}
      {section === 'progress' ? <span id="checkin-marker-pain" /> : null}
    </p>
  );
}
const shown = () => screen.getByTestId('shown').textContent;
const go = (hash: string) =>
  act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('useSection', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname);
    vi.restoreAllMocks();
  });

  it('shows the section of the address the page was opened at', () => {
    history.replaceState(null, '', '#behaviour');
    render(<Shown />);
    expect(shown()).toBe('behaviour');
  });

  it('follows links, Back and Forward, and starts each section at its top', async () => {
    const top = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    render(<Shown />);
    expect(shown()).toBe('schedule');
    top.mockClear();
    await go('#data');
    expect(shown()).toBe('data');
    expect(top).toHaveBeenCalledWith(0, 0);
    await go('#nowhere');
    expect(shown()).toBe('data');
    await go('');
    expect(shown()).toBe('schedule');
  });

  it('goes to an anchor inside a section once the section is drawn', async () => {
    const seen = vi.fn();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const into = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      seen(this.id);
    });
    render(<Shown />);
    await go('#checkin-marker-pain');
    expect(shown()).toBe('progress');
    expect(into).toHaveBeenCalled();
    expect(seen).toHaveBeenCalledWith('checkin-marker-pain');
  });
});
