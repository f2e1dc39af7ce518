import { useEffect, useState } from 'preact/hooks';

/** The settings page's sections, in the navigation's order, each with its label's message. */
export const SECTIONS = [
  { id: 'schedule', label: 'nav_schedule' },
  { id: 'exercises', label: 'nav_exercises' },
  { id: 'behaviour', label: 'nav_behaviour' },
  // The journey's milestones link to the check-in table's columns, which this section draws.
  { id: 'progress', label: 'nav_progress', anchors: 'checkin-marker-' },
  { id: 'data', label: 'nav_data' },
  { id: 'safety', label: 'about_title' },
] as const satisfies readonly { id: string; label: string; anchors?: string }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * The section a link's fragment shows: the section it names, or the one holding the anchor it
 * names; a fragment of neither (a stale link, an anchor of another version) leaves the reader
 * where they are, the first section on a fresh load.
 */
export function sectionOf(hash: string, current: SectionId = SECTIONS[0].id): SectionId {
  // The ids are plain ASCII, so the fragment is compared as written (a malformed escape names nothing).
  const name = hash.replace(/^#/, '');
  // The page's own address, without a fragment (Back to where the reader came in): the first.
  if (name === '') return SECTIONS[0].id;
  const found = SECTIONS.find((s) => s.id === name || ('anchors' in s && name.startsWith(s.anchors)));
  return found?.id ?? current;
}

/**
 * The section the address names, followed through links, Back and Forward. The page draws one
 * section at a time: all of them at once were 1,570 elements to create before the page was whole.
 */
export function useSection(): SectionId {
  const [section, setSection] = useState(() => sectionOf(location.hash));
  useEffect(() => {
    const follow = () => setSection((current) => sectionOf(location.hash, current));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    // The browser looked for the fragment before the section holding it was drawn: go there now,
    // or to the top of a section reached by its own name.
    const name = location.hash.slice(1);
    const target = name && name !== section ? document.getElementById(name) : null;
    if (target) target.scrollIntoView();
    else scrollTo(0, 0);
  }, [section]);
  return section;
}
