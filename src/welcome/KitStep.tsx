import { CATALOG } from '../core/catalog';
import { fits } from '../core/library';
import { t } from '../platform/i18n';
import { EquipmentField, SpacesField } from '../options/KitFields';
import type { StepProps } from './steps';

export function KitStep({ form: { draft, errors, update, settings }, locked }: StepProps) {
  const fitting = CATALOG.filter((d) => fits(d, settings)).length;
  return (
    <>
      <p>{t('welcome_kit_intro')}</p>
      <EquipmentField draft={draft} errors={errors} update={update} locked={locked} />
      <SpacesField draft={draft} errors={errors} update={update} locked={locked} />
      <p class="notice" data-testid="fitting" aria-live="polite">{t('welcome_kit_fitting', [String(fitting), String(CATALOG.length)])}</p>
    </>
  );
}
