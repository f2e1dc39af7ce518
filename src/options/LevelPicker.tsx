import type { DrillId } from '../core/catalog/ids';
import type { Drill } from '../core/drill';
import { describeDose } from '../core/dose-text';
import { drillLadder, levelOf, type Ladders, type LevelStore } from '../core/levels';
import { t, tm } from '../platform/i18n';
import { setDrillLevel } from '../platform/levels';

/**
 * The drill's ladder, its level marked: the user can put it on any rung by hand. `ladders`: every
 * drill's (the user's own among them), so a move is checked against the drill's own ladder.
 */
export function LevelPicker({ drill, name, levels, ladders }: { drill: Drill; name: string; levels: LevelStore; ladders: Ladders }) {
  const id = drill.id as DrillId;
  const ladder = drillLadder(drill);
  const level = levelOf(levels, id, () => ladder).rung;
  const selectId = `level-${id}`;
  // An own drill with levels switched off has its written dose alone: nothing to choose.
  if (drill.own?.levelsOff) return <p class="meta" data-testid="level">{t('own_levels_off_card')}</p>;
  // For an own drill the start is the dose as the user wrote it, not an article's.
  const marks = drill.own ? { start: t('own_level_written'), article: '' } : { start: t('card_level_start'), article: t('card_level_articles') };
  return (
    <div class="level-picker" data-testid="level">
      <label for={selectId}>{t('card_level')}</label>{' '}
      <select id={selectId} aria-label={t('card_level_label', [name])} value={String(level)} onChange={(e) => void setDrillLevel(id, Number(e.currentTarget.value), Date.now(), ladders)}>
        {ladder.rungs.map((rung, i) => {
          const words = [tm(describeDose(rung.dose)), rung.variant ? t(`level_${rung.variant}`) : '', i === ladder.start ? marks.start : '', i === ladder.article ? marks.article : ''];
          return (
            <option key={i} value={String(i)}>
              {t('card_level_option', [t('level_of', [String(i + 1), String(ladder.rungs.length)]), words.filter(Boolean).join(' ')])}
            </option>
          );
        })}
      </select>
    </div>
  );
}
