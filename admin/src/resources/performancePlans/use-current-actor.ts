import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CurrentActor, KinerjaDataProvider } from '../../dataProvider';
import { getSessionUser } from '../../session';

/**
 * The signed-in account and the employee it belongs to (`me`), loaded once per session: what
 * it may do on a plan depends on whether it is the plan's employee or appraiser. Undefined while
 * loading.
 */
export const useCurrentActor = (): CurrentActor | undefined => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data } = useQuery({
    // Keyed by the account, so that signing in as someone else never shows the previous answer.
    queryKey: ['currentActor', getSessionUser()?.id],
    queryFn: async () => (await dataProvider.getCurrentActor()).data,
    staleTime: 5 * 60_000,
  });
  return data;
};
