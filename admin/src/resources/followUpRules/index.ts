import RuleIcon from '@mui/icons-material/Rule';
import type { RaRecord } from 'react-admin';
import { FollowUpRuleCreate, FollowUpRuleEdit, FollowUpRuleList } from './follow-up-rule-pages';

/**
 * Aturan tindak lanjut (followUpRules): a predicate, or one repeated over consecutive periods of
 * the same type, and the action it proposes. HR and administrators keep them; the evaluation team
 * reads them. The API serves them as one list (dataProvider/follow-up-methods.ts).
 */
export const followUpRules = {
  list: FollowUpRuleList,
  create: FollowUpRuleCreate,
  edit: FollowUpRuleEdit,
  icon: RuleIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
