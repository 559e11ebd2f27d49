import { planStatusLabel } from './plan-rules';

/** A plan as the list loads it (plan-list.tsx `LIST_FIELDS`). */
export type PlanListRecord = {
  id: string;
  status: string;
  mainWeight: number;
  employee?: { name: string; nip: string } | null;
  unit?: { name: string } | null;
  position?: { name: string } | null;
  appraiser?: { name: string; nip: string } | null;
  period?: { name: string } | null;
  targets?: readonly unknown[] | null;
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The rows of the plans' CSV export: names instead of IDs, the status in words, in the
 * console's language (column titles from the list's own labels).
 */
export const planCsvRows = (plans: readonly PlanListRecord[], translate: Translate): Record<string, string | number>[] => {
  const column = (name: string) => translate(`resources.performancePlans.export.${name}`);
  return plans.map((plan) => ({
    [column('period')]: plan.period?.name ?? '',
    [column('employee')]: plan.employee?.name ?? '',
    [column('nip')]: plan.employee?.nip ?? '',
    [column('unit')]: plan.unit?.name ?? '',
    [column('position')]: plan.position?.name ?? '',
    [column('appraiser')]: plan.appraiser ? `${plan.appraiser.name} (${plan.appraiser.nip})` : '',
    [column('status')]: translate(planStatusLabel(plan.status), { _: plan.status }),
    [column('targets')]: plan.targets?.length ?? 0,
    [column('mainWeight')]: plan.mainWeight,
  }));
};
