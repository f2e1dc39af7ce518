import { useEffect, useState } from 'preact/hooks';

/**
 * The section a reader is in: the one they went to by a link while it is on screen (near the end
 * of the page it may never reach the line below); else the last one whose top has passed a line a
 * quarter down the window; the first before any has; the last once the page is scrolled to its end.
 */
export function currentSection(tops: readonly number[], viewportHeight: number, atEnd: boolean, linked = -1): number {
  if (tops.length === 0) return -1;
  const top = tops[linked];
  if (top !== undefined && top >= 0 && top < viewportHeight) return linked;
  if (atEnd) return tops.length - 1;
  const line = viewportHeight / 4;
  let current = 0;
  tops.forEach((t, i) => {
    if (t <= line) current = i;
  });
  return current;
}

/** The id of the section in view, following scrolling and resizing; the first until the page has laid out. */
export function useCurrentSection(ids: readonly string[]): string {
  const [current, setCurrent] = useState(ids[0] ?? '');
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const present = ids.filter((id) => document.getElementById(id));
      const tops = present.map((id) => document.getElementById(id)!.getBoundingClientRect().top);
      const root = document.documentElement;
      const atEnd = root.scrollTop > 0 && Math.ceil(root.scrollTop + window.innerHeight) >= root.scrollHeight;
      const i = currentSection(tops, window.innerHeight, atEnd, present.indexOf(location.hash.slice(1)));
      if (i >= 0) setCurrent(present[i]!);
    };
    // At most once a frame, and only while the reader scrolls or resizes.
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    addEventListener('hashchange', schedule);
    // Sections drawn late (each waits for its storage) move the others without any scroll.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resized?.observe(document.body);
    schedule();
    return () => {
      resized?.disconnect();
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, [ids.join()]);
  return current;
}
