import { seedDemoWorkspace } from '../seed/demo-seed.js';
import { withDatabase } from './run-cli.js';

void withDatabase(async (dataSource) => {
  const summary = await seedDemoWorkspace(dataSource);
  console.log(
    `Demo workspace ready: ${summary.organizations} organisations, ${summary.users} users.`,
  );
});
