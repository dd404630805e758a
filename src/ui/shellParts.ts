// The parts of the shell that read stored data or talk to the service worker: loaded with the data layer, after the first paint.
export { BackupReminder } from './settings/BackupReminder';
export { ContinueDraft } from './problems/ContinueDraft';
export { DemoIntakeNotice } from './sync/DemoIntakeNotice';
export { NoIntakeNotice } from './hamta/NoIntakeNotice';
export { QueueBadge } from './sync/QueueBadge';
export { StorageBanner } from './StorageBanner';
export { UpdatePrompt } from './UpdatePrompt';
