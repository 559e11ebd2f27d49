import { useTranslate } from 'react-admin';

/**
 * The name of a deduction rule: the known ones translated (PRODUKTIVITAS, TANPA_KETERANGAN, a
 * status, a sanction, PEMBERHENTIAN, PENYESUAIAN), band codes of a scheme (TL1, PSW2, ...) with
 * what their prefix means, anything else as its code.
 */
export const ruleText = (rule: string, translate: (key: string, options?: Record<string, unknown>) => string): string => {
  const known = translate(`resources.allowanceSheets.rules.${rule}`, { _: '' });
  if (known) return known;
  const prefix = /^(TL|PSW)\d+$/.exec(rule)?.[1];
  return prefix ? `${rule} — ${translate(`resources.allowanceSheets.rules.${prefix}`)}` : rule;
};

export const RuleLabel = ({ rule }: { rule: string }) => {
  const translate = useTranslate();
  return <>{ruleText(rule, translate)}</>;
};
