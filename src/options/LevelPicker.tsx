import type { DrillId } from '../core/catalog/ids';
import type { Drill } from '../core/drill';
import { describeDose } from '../core/dose-text';
import { drillLadder, levelOf, type LevelStore } from '../core/levels';
import { t, tm } from '../platform/i18n';
import { setDrillLevel } from '../platform/levels';

/** The drill's ladder, its level marked: the user can put it on any rung by hand. */
export function LevelPicker({ drill, name, levels }: { drill: Drill; name: string; levels: LevelStore }) {
  const id = drill.id as DrillId;
  const ladder = drillLadder(drill);
  const level = levelOf(levels, id, () => ladder).rung;
  const selectId = `level-${id}`;
  return (
    <div class="level-picker" data-testid="level">
      <label for={selectId}>{t('card_level')}</label>{' '}
      <select id={selectId} aria-label={t('card_level_label', [name])} value={String(level)} onChange={(e) => void setDrillLevel(id, Number(e.currentTarget.value), Date.now())}>
        {ladder.rungs.map((rung, i) => {
          const words = [tm(describeDose(rung.dose)), rung.variant ? t(`level_${rung.variant}`) : '', i === ladder.start ? t('card_level_start') : '', i === ladder.article ? t('card_level_articles') : ''];
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
