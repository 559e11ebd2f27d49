// Pure rules of the follow-up pages: actions, who reads and who decides, what a rule says in words.

export type FollowUpAction = 'REWARD' | 'TRAINING' | 'COACHING' | 'DISCIPLINARY_REVIEW';

export const FOLLOW_UP_ACTIONS: FollowUpAction[] = ['REWARD', 'TRAINING', 'COACHING', 'DISCIPLINARY_REVIEW'];

export const actionLabel = (action: string) => `resources.followUpRules.actions.${action}`;
export const actionChoices = FOLLOW_UP_ACTIONS.map((id) => ({ id, name: actionLabel(id) }));

export const ACTION_COLORS: Record<FollowUpAction, 'success' | 'info' | 'warning' | 'error'> = {
  REWARD: 'success',
  TRAINING: 'info',
  COACHING: 'warning',
  DISCIPLINARY_REVIEW: 'error',
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A rule in one sentence: "Kurang atau Sangat Kurang, 2 periode berturut-turut -> Pembinaan".
 */
export const ruleSummary = (
  rule: { predicates: readonly string[]; consecutivePeriods: number; action: string },
  translate: Translate,
): string => {
  const predicates = rule.predicates
    .map((predicate) => translate(`resources.scoringSchemes.predicates.${predicate}`, { _: predicate }))
    .join(` ${translate('resources.followUpRules.or')} `);
  const repeat =
    rule.consecutivePeriods > 1
      ? translate('resources.followUpRules.repeated', { count: rule.consecutivePeriods })
      : translate('resources.followUpRules.once');
  return `${predicates}, ${repeat} → ${translate(actionLabel(rule.action), { _: rule.action })}`;
};
