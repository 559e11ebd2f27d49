import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import type { RaRecord } from 'react-admin';
import { CoachingPlanCreate, CoachingPlanList } from './coaching-plan-pages';
import { CoachingPlanShow } from './coaching-plan-show';

/**
 * Rencana pembinaan (coachingPlans): HR plans the coaching of an underperformer (or turns a
 * follow-up recommendation into one); the mentor, supervisors and HR record the meetings and
 * close it with its outcome. Seen as disciplinary cases are, plus by the mentor.
 */
export const coachingPlans = {
  list: CoachingPlanList,
  show: CoachingPlanShow,
  create: CoachingPlanCreate,
  icon: SupportAgentIcon,
  recordRepresentation: (record: RaRecord) =>
    String((record.employee as { fullName?: string } | undefined)?.fullName ?? record.goals?.[0] ?? record.id),
};
