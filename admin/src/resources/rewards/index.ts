import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { RaRecord } from 'react-admin';
import { RewardCreate, RewardList, RewardShow } from './reward-pages';

export { RewardTypes } from './reward-types';

/**
 * Penghargaan (rewards): everyone sees the rewards of the employees within their reach; HR grants
 * them (refused, with the reason, when the type's rules need a clean record or years of service)
 * and keeps the agency's reward types (/rewards/types).
 */
export const rewards = {
  list: RewardList,
  show: RewardShow,
  create: RewardCreate,
  icon: EmojiEventsIcon,
  recordRepresentation: (record: RaRecord) => {
    const employee = record.employee as { fullName?: string } | undefined;
    const type = record.rewardType as { name?: string } | undefined;
    return [type?.name, employee?.fullName].filter(Boolean).join(' — ');
  },
};
