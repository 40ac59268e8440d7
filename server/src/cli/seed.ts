import { seedDemoWorkspace } from '../seed/demo-seed.js';
import { withDatabase } from './run-cli.js';

void withDatabase(async (dataSource) => {
  const s = await seedDemoWorkspace(dataSource);
  console.log(
    `Demo workspace ready: ${s.organizations} organisations, ${s.users} people, ` +
      `${s.portfolios} portfolios, ${s.problems} problems, ${s.tasks} tasks, ${s.outcomes} outcomes, ` +
      `${s.measurements} measurements, ${s.comments} comments.`,
  );
});
