import { Create, SimpleForm } from 'react-admin';
import { CriteriaTemplateBuilder, EMPTY_ITEM, toTemplateInput } from './criteria-template-builder';
import { useRevisionCreateOptions } from '../../common/revision-save';
import { TEMPLATE_FORM_FIELDS } from './criteria-template-choices';

const defaults = { active: true, positionTypes: [], unitIds: [], items: [EMPTY_ITEM] };

/** The template builder, for a new template of the agency. */
export const CriteriaTemplateCreate = () => {
  const mutationOptions = useRevisionCreateOptions('criteriaTemplates', TEMPLATE_FORM_FIELDS);
  return (
    <Create transform={toTemplateInput} mutationOptions={mutationOptions}>
      <SimpleForm defaultValues={defaults}>
        <CriteriaTemplateBuilder creating />
      </SimpleForm>
    </Create>
  );
};
