export { TrainingCompliancePage } from './training-compliance-page';
