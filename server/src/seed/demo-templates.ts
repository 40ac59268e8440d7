/**
 * The everyday work of any cross-organisation team, to fill a board up to its size after the
 * problem's own tasks. `{org}` and `{org2}` are organisations on the team; `{outcome}` is one
 * of the problem's outcomes.
 */
export const GENERIC_TASKS: readonly string[] = [
  'Agree data-sharing terms with {org}',
  'Update the risk register',
  'Highlight report for the portfolio board',
  'Publish this month’s figures for “{outcome}”',
  'Check the “{outcome}” figures with {org}',
  'Equality impact assessment',
  'Review the data protection impact assessment',
  'Map referral routes between {org} and {org2}',
  'Interview frontline staff at {org}',
  'Lived-experience panel: agree payment for participants',
  'Easy-read version of the resident leaflet',
  'Translate the resident leaflet into Polish, Urdu, Somali and Romanian',
  'Book a venue for the quarterly partners’ session',
  'Confirm next year’s budget line with finance',
  'Shared inbox for referrals from partners',
  'Test the referral form with screen reader users',
  'Brief ward councillors on progress',
  'Agree an escalation route with {org}',
  'Write up lessons learned from the first pilot',
  'Map the current journey from first contact to outcome',
  'Review last quarter’s caseload data',
  'Induction pack for new team members',
  'Quarterly review with {org}',
  'Recruit a residents’ reference group',
  'Cost-benefit estimate for the business case',
  'Agree the procurement route for the next phase',
  'Standard response for freedom of information requests',
  'Ask staff what gets in the way',
  'Recruit a fixed-term project officer',
  'Update the public page with progress',
  'Agree how {org} will count “{outcome}”',
  'Check the council’s forward plan for decisions that affect this work',
  'Communications plan for the next quarter',
  'Shadow a day with frontline staff at {org}',
  'Add “{outcome}” to the monthly performance report',
  'Follow up open actions from the last partners’ meeting',
  'Workshop: what would make this easier for residents?',
  'Safeguarding check of the new process with {org}',
  'Accessibility check of all public documents',
  'Agree a complaints route across the partner organisations',
  'Peer review with a neighbouring council',
  'Annual report section on this problem',
  'Check the evidence base with the Institute for Public Policy',
  'Agree out-of-hours cover with {org}',
  'Single point of contact at {org}',
];

/** Short markdown descriptions, for some tasks. */
export const TASK_DESCRIPTIONS: readonly string[] = [
  'Agreed at the weekly review. Background papers are in the shared folder.',
  '- [ ] draft\n- [ ] review with partners\n- [ ] sign-off by the lead',
  'Needs input from every organisation on the team before it can close.',
  '**Why:** the last review found this was the main source of delay.\n\n**Done when:** the new arrangement is written down and every partner has agreed it.',
  'Small piece of work; pair with someone from another organisation if you can.',
  'Follow-up from the partners’ meeting. See the minutes for the detail.',
  '- [x] scope agreed\n- [ ] first draft\n- [ ] tested with residents',
];

/** Notes now and then on imported measurements. */
export const MEASUREMENT_NOTES: readonly string[] = [
  'Provisional: one partner has not submitted its return yet.',
  'Revised after the data quality check.',
  'Includes a one-off backlog clearance.',
  'Holiday period: lower activity than usual.',
  'Method unchanged; checked against last year’s figure.',
];
