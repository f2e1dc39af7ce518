import type { Category, Drill, Equipment, Position } from './drill';
import { unfit, type RotationSettings } from './rotation';

// The drill library on the settings page: which drills a filter shows, and where each one stands.

export const LIBRARY_SHOWS = ['all', 'fits', 'off', 'hurt'] as const;
export type LibraryShow = (typeof LIBRARY_SHOWS)[number];

export interface LibraryFilter {
  category: Category | 'all';
  /** Drills that use this piece of kit ('none': drills that need nothing). */
  equipment: Equipment | 'all';
  position: Position | 'all';
  /** "fits": the user's kit, space and cap allow it; "off": switched off; "hurt": reported painful. */
  show: LibraryShow;
}

export const NO_FILTER: LibraryFilter = { category: 'all', equipment: 'all', position: 'all', show: 'all' };

/**
 * Where a drill stands, most telling first: it hurt (whether or not it is also switched off), it
 * is switched off, the kit, space or cap rule it out, or it is in the rotation.
 */
export type DrillStanding = 'hurt' | 'off' | 'equipment' | 'space' | 'too long' | 'in rotation';

export function drillStanding(drill: Drill, s: RotationSettings): DrillStanding {
  if ((s.painfulDrills as readonly string[]).includes(drill.id)) return 'hurt';
  if ((s.disabledDrills as readonly string[]).includes(drill.id)) return 'off';
  const reason = unfit(drill, s);
  return reason === null ? 'in rotation' : (reason as 'equipment' | 'space' | 'too long');
}

/** Whether the kit, space and cap allow the drill, whatever the user switched off or reported. */
export function fits(drill: Drill, s: RotationSettings): boolean {
  // Stryker disable next-line ArrayDeclaration: a list holding no drill id switches off or reports no drill, as an empty one.
  return unfit(drill, { ...s, disabledDrills: [], painfulDrills: [] }) === null;
}

export function showsDrill(drill: Drill, filter: LibraryFilter, s: RotationSettings): boolean {
  if (filter.category !== 'all' && drill.category !== filter.category) return false;
  if (filter.equipment !== 'all' && !drill.equipment.includes(filter.equipment)) return false;
  if (filter.position !== 'all' && drill.position !== filter.position) return false;
  if (filter.show === 'fits') return fits(drill, s);
  if (filter.show === 'off') return (s.disabledDrills as readonly string[]).includes(drill.id);
  if (filter.show === 'hurt') return (s.painfulDrills as readonly string[]).includes(drill.id);
  return true;
}
