import { Create, SimpleForm } from 'react-admin';
import { useRevisionCreateOptions } from '../../common/revision-save';
import { NATIONAL_RULES, toSchemeInput } from './scoring-rules';
import { SCHEME_FORM_FIELDS } from './scoring-scheme-choices';
import { ScoringSchemeInputs } from './scoring-scheme-inputs';

/** A new scheme starts from the national default rules (docs/domain.md#achievement). */
const defaults = { ...NATIONAL_RULES, matrixCells: [...NATIONAL_RULES.matrixCells] };

export const ScoringSchemeCreate = () => {
  const mutationOptions = useRevisionCreateOptions('scoringSchemes', SCHEME_FORM_FIELDS);
  return (
    <Create transform={(data: Record<string, unknown>) => toSchemeInput(data)} mutationOptions={mutationOptions}>
      <SimpleForm defaultValues={defaults}>
        <ScoringSchemeInputs creating />
      </SimpleForm>
    </Create>
  );
};
