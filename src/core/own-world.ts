import { CATALOG } from './catalog';
import type { OwnId } from './catalog/ids';
import type { Drill, OwnPart } from './drill';
import type { OwnDrill } from './own-drill';
import { ownLadder } from './own-ladder';
import { same } from './transfer-strict';

// Own drills as the rest of Desk Reset sees them: drills like the catalog's, carrying their words,
// their ladder and their picture with them. Rotation, routines, levels and the break view take
// "the drills there are" as a list, so the user's own simply join it.

export function ownToDrill(own: OwnDrill, source: OwnPart['source']): Drill {
  const { name, purpose, steps, cue, mistake } = own;
  return {
    id: own.id,
    category: own.category,
    equipment: own.equipment,
    position: own.position,
    dose: own.dose,
    steps: own.steps.length,
    own: {
      text: { name, purpose, steps, cue, mistake },
      source,
      // The whole ladder even with levels off: switched on again, the drill is where it was.
      ladder: ownLadder(own.dose),
      levelsOff: !own.levels,
      figure: own.figure,
      picture: own.picture,
      routines: own.routines,
    },
  };
}

/**
 * Whether an edit gives an own drill another ladder, so its level means another dose: its dose
 * changed. Switching levels off or on keeps the ladder, and the level with it.
 */
export function ladderChanged(before: Pick<OwnDrill, 'dose'>, after: Pick<OwnDrill, 'dose'>): boolean {
  return !same(before.dose, after.dose);
}

/** Every drill there is: the catalog's, the organisation's, then the user's own, in the order written. */
export function drillWorld(own: readonly OwnDrill[], org: readonly OwnDrill[] = []): Drill[] {
  return [...CATALOG, ...org.map((d) => ownToDrill(d, 'org')), ...own.map((d) => ownToDrill(d, 'own'))];
}

/** A drill of the world by id; undefined for one deleted or not synced here yet. */
export function findIn(world: readonly Drill[], id: string): Drill | undefined {
  return world.find((d) => d.id === id);
}

/** A new id for a drill the user writes: `random` is Math.random in use, fixed in tests. */
export function newOwnId(random: () => number): OwnId {
  let id = '';
  for (let i = 0; i < 12; i++) id += Math.floor(random() * 36).toString(36);
  return `own-${id}`;
}

/**
 * A drill's name as compared: the same name however it was typed or encoded, on a computer in any
 * language: toLowerCase, not toLocaleLowerCase (a Turkish computer lowercases I to ı), letters
 * composed (NFC), spaces folded.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The id of a drill an organisation pushes: made from its name, so the drill keeps its levels and
 * history when a later policy changes its dose or its words (but not its name).
 */
export function orgId(name: string): OwnId {
  const key = nameKey(name);
  // FNV-1a over its code points, two rounds of seven base-36 characters each.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const c of key) {
    const code = c.codePointAt(0)!;
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return `org-${a.toString(36).padStart(7, '0')}${b.toString(36).padStart(7, '0')}`;
}
