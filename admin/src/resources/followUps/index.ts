export { FollowUpQueue } from './follow-up-queue';
