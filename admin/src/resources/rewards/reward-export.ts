type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A reward as the list loads it (reward-list.tsx `REWARD_LIST_FIELDS`). */
export type RewardListRecord = {
  grantedOn: string;
  decreeNumber?: string | null;
  reason: string;
  employee?: { fullName: string; nip?: string } | null;
  rewardType?: { code: string; name: string } | null;
  period?: { name: string } | null;
};

/** The rows of the rewards' CSV export: names instead of IDs, in the console's language. */
export const rewardCsvRows = (rewards: readonly RewardListRecord[], translate: Translate): Record<string, string>[] => {
  const column = (name: string) => translate(`resources.rewards.fields.${name}`);
  return rewards.map((reward) => ({
    [column('employee')]: reward.employee?.fullName ?? '',
    [column('nip')]: reward.employee?.nip ?? '',
    [column('rewardTypeId')]: reward.rewardType?.name ?? '',
    [column('rewardTypeCode')]: reward.rewardType?.code ?? '',
    [column('grantedOn')]: reward.grantedOn,
    [column('decreeNumber')]: reward.decreeNumber ?? '',
    [column('reason')]: reward.reason,
    [column('periodId')]: reward.period?.name ?? '',
  }));
};
