import BlockIcon from '@mui/icons-material/Block';
import CardGiftcardIcon from '@mui/icons-material/CardGiftcard';
import GavelIcon from '@mui/icons-material/Gavel';
import SchoolIcon from '@mui/icons-material/School';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { Alert, Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  DateInput,
  maxLength,
  minLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';
import type { FollowUpRecommendationRow, KinerjaDataProvider, RecommendationAct } from '../../dataProvider';
import { goalsFromText } from '../coachingPlans/coaching-plan-rules';
import { todayInIndonesia } from '../performancePlans/plan-rules';
import { useRewardTypes } from '../rewards/reward-types';

type Period = { id: string; endDate: string };

/** The key of a recommendation for the API. */
export const keyOf = (period: Period, recommendation: FollowUpRecommendationRow) => ({
  periodId: period.id,
  employeeId: recommendation.employee.id,
  ruleId: recommendation.rule.id,
});

/** What PP 94/2021 art. 4 letter f says an officer must do; the default article of a review. */
const PERFORMANCE_ARTICLE = 'PP 94/2021 Pasal 4 huruf f';

const validateReason = [required(), minLength(3), maxLength(2000)];

const RewardInputs = ({ recommendation }: { recommendation: FollowUpRecommendationRow }) => {
  // The same catalogue (and cache entry) as the rewards pages.
  const data = useRewardTypes();
  const choices = (data ?? []).filter((type) => type.active).map((type) => ({ id: type.code, name: type.name }));
  return (
    <>
      <SelectInput
        source="reward.rewardTypeCode"
        label="resources.followUps.act.rewardType"
        choices={choices}
        validate={required()}
        fullWidth
      />
      <DateInput
        source="reward.grantedOn"
        label="resources.followUps.act.grantedOn"
        defaultValue={todayInIndonesia()}
        validate={required()}
        fullWidth
      />
      <TextInput source="reward.decreeNumber" label="resources.followUps.act.decreeNumber" validate={maxLength(100)} fullWidth />
      <TextInput
        source="reward.reason"
        label="resources.followUps.act.reason"
        defaultValue={recommendation.reason}
        validate={validateReason}
        multiline
        fullWidth
      />
    </>
  );
};

/** The programmes recommended from the employee's evaluation gaps in the period, as a hint for the session to pick. */
const RecommendedPrograms = ({ period, recommendation }: { period: Period; recommendation: FollowUpRecommendationRow }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['recommendedTrainings', recommendation.employee.id, period.id],
    queryFn: async () => (await dataProvider.getRecommendedTrainings(recommendation.employee.id, period.id)).data,
    retry: false,
  });
  if (!data) return null;
  if (data.length === 0)
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('resources.followUps.act.noRecommendedPrograms')}
      </Alert>
    );
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="recommended-programs">
      {translate('resources.followUps.act.recommendedPrograms')}
      <Box component="ol" sx={{ m: 0, pl: 2 }}>
        {data.slice(0, 3).map((row) => (
          <li key={row.program.id}>
            {`${row.program.title} (${row.program.jpHours} JP): ${row.reason}`}
            {row.alreadyEnrolled ? ` — ${translate('resources.followUps.act.alreadyEnrolled')}` : ''}
          </li>
        ))}
      </Box>
    </Alert>
  );
};

const TrainingInputs = () => (
  <ReferenceInput
    source="enrollment.sessionId"
    reference="trainingSessions"
    filter={{ status: ['SCHEDULED', 'ONGOING'] }}
    sort={{ field: 'startDate', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.followUps.act.session" validate={required()} fullWidth />
  </ReferenceInput>
);

const CoachingInputs = () => (
  <>
    <TextInput
      source="coachingPlan.goals"
      label="resources.coachingPlans.fields.goals"
      helperText="resources.coachingPlans.helpers.goals"
      validate={required()}
      multiline
      minRows={3}
      fullWidth
    />
    <ReferenceInput source="coachingPlan.mentorId" reference="employees">
      <AutocompleteInput label="resources.coachingPlans.fields.mentorId" fullWidth />
    </ReferenceInput>
    <DateInput
      source="coachingPlan.startDate"
      label="resources.coachingPlans.fields.startDate"
      defaultValue={todayInIndonesia()}
      validate={required()}
      fullWidth
    />
    <DateInput
      source="coachingPlan.endDate"
      label="resources.coachingPlans.fields.endDate"
      helperText="resources.coachingPlans.helpers.endDate"
      fullWidth
    />
  </>
);

const CaseInputs = ({ recommendation, period }: { recommendation: FollowUpRecommendationRow; period: Period }) => (
  <>
    <TextInput
      source="disciplinaryCase.violation"
      label="resources.followUps.act.violation"
      defaultValue={recommendation.reason}
      validate={[required(), minLength(10), maxLength(4000)]}
      multiline
      fullWidth
    />
    <DateInput
      source="disciplinaryCase.violationDate"
      label="resources.followUps.act.violationDate"
      defaultValue={period.endDate}
      validate={required()}
      fullWidth
    />
    <TextInput
      source="disciplinaryCase.article"
      label="resources.followUps.act.article"
      defaultValue={recommendation.rule.note || PERFORMANCE_ARTICLE}
      validate={required()}
      fullWidth
    />
  </>
);

const ICONS: Record<string, ReactElement> = {
  REWARD: <CardGiftcardIcon />,
  TRAINING: <SchoolIcon />,
  COACHING: <SupportAgentIcon />,
  DISCIPLINARY_REVIEW: <GavelIcon />,
};

/**
 * The dialog's values: its inputs are named after the API's input paths (`coachingPlan.goals`), so
 * that a refused field (`input.coachingPlan.goals`) is marked on its input.
 */
type ActValues = {
  reward?: { rewardTypeCode: string; grantedOn: string; reason: string; decreeNumber?: string | null };
  enrollment?: { sessionId: string };
  coachingPlan?: { goals: string; startDate: string; endDate?: string | null; mentorId?: string | null };
  disciplinaryCase?: { violation: string; violationDate: string; article: string };
};

/** The part of actOnRecommendation the rule's action takes, from the dialog's values. */
const actOf = (action: string, values: ActValues): RecommendationAct => {
  if (action === 'REWARD') {
    const reward = values.reward!;
    return { reward: { ...reward, reason: reward.reason.trim(), decreeNumber: reward.decreeNumber?.trim() || null } };
  }
  if (action === 'TRAINING') return { enrollment: values.enrollment! };
  if (action === 'COACHING') {
    const plan = values.coachingPlan!;
    return {
      coachingPlan: {
        goals: goalsFromText(plan.goals),
        startDate: plan.startDate,
        endDate: plan.endDate || null,
        mentorId: plan.mentorId || null,
      },
    };
  }
  const found = values.disciplinaryCase!;
  return { disciplinaryCase: { ...found, violation: found.violation.trim(), article: found.article.trim() } };
};

/**
 * Tindak lanjuti: one dialog per action asking for exactly what actOnRecommendation needs (a
 * reward, a session to enrol in, a coaching plan, or the case to propose); nothing else is sent.
 */
export const ActButton = ({ period, recommendation }: { period: Period; recommendation: FollowUpRecommendationRow }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const action = recommendation.action;
  return (
    <DialogActionButton<ActValues>
      texts={`resources.followUps.act.${action}`}
      icon={ICONS[action] ?? <SupportAgentIcon />}
      messageArgs={{ name: recommendation.employee.fullName }}
      testId="follow-up-act"
      variant="outlined"
      onSubmit={(values) => dataProvider.actOnRecommendation(keyOf(period, recommendation), actOf(action, values))}
    >
      {action === 'REWARD' ? <RewardInputs recommendation={recommendation} /> : null}
      {action === 'TRAINING' ? <RecommendedPrograms period={period} recommendation={recommendation} /> : null}
      {action === 'TRAINING' ? <TrainingInputs /> : null}
      {action === 'COACHING' ? <CoachingInputs /> : null}
      {action === 'DISCIPLINARY_REVIEW' ? <CaseInputs recommendation={recommendation} period={period} /> : null}
    </DialogActionButton>
  );
};

/** Abaikan: dismissed with a reason; the rule will not propose it again for this period. */
export const DismissButton = ({ period, recommendation }: { period: Period; recommendation: FollowUpRecommendationRow }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  return (
    <DialogActionButton<{ reason: string }>
      texts="resources.followUps.dismiss"
      icon={<BlockIcon />}
      messageArgs={{ name: recommendation.employee.fullName }}
      testId="follow-up-dismiss"
      onSubmit={(values) => dataProvider.dismissRecommendation(keyOf(period, recommendation), values.reason.trim())}
    >
      <TextInput source="reason" label="resources.followUps.dismiss.reason" validate={validateReason} multiline fullWidth />
    </DialogActionButton>
  );
};
