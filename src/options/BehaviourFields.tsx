import type { Draft } from './draft';

interface Props {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
}

export function BehaviourFields({ draft, update }: Props) {
  return (
    <section aria-labelledby="behaviour-title">
      <h2 id="behaviour-title">Behaviour</h2>
      <label class="check">
        <input type="checkbox" checked={draft.openDrillAutomatically} onChange={(e) => update({ openDrillAutomatically: e.currentTarget.checked })} />
        Open the drill by itself when a break is due (otherwise only a notification)
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.soundCues} onChange={(e) => update({ soundCues: e.currentTarget.checked })} />
        Sound cues for each phase of the guided timer
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.showBadge} onChange={(e) => update({ showBadge: e.currentTarget.checked })} />
        Show minutes to the next break on the toolbar icon
      </label>
    </section>
  );
}
