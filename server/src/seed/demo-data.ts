import type { OrganizationKind, WorkspaceRole } from '@commons/shared';

/**
 * The demo workspace: the city region of Riverside, its council departments, agencies and the
 * partners they work with. Fictional, but shaped like a real one.
 */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  parent?: string;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { name: 'Riverside City Council', kind: 'MUNICIPALITY' },
  { name: 'Digital Services Department', kind: 'DEPARTMENT', parent: 'Riverside City Council' },
  {
    name: 'Housing and Homelessness Department',
    kind: 'DEPARTMENT',
    parent: 'Riverside City Council',
  },
  {
    name: 'Transport and Highways Department',
    kind: 'DEPARTMENT',
    parent: 'Riverside City Council',
  },
  {
    name: 'Children and Education Department',
    kind: 'DEPARTMENT',
    parent: 'Riverside City Council',
  },
  { name: 'Adult Social Care Department', kind: 'DEPARTMENT', parent: 'Riverside City Council' },
  { name: 'Riverside Health Agency', kind: 'AGENCY' },
  { name: 'Regional Environment Agency', kind: 'AGENCY' },
  { name: 'Benefits and Revenue Agency', kind: 'AGENCY' },
  { name: 'Eastbank Borough Council', kind: 'MUNICIPALITY' },
  { name: 'Riverside Youth Trust', kind: 'NONPROFIT' },
  { name: 'Harbour Lights Shelter', kind: 'NONPROFIT' },
  { name: 'Northgate Logistics Ltd', kind: 'PRIVATE' },
  { name: 'University of Riverside, Institute for Public Policy', kind: 'ACADEMIC' },
  { name: 'Eastside Residents Association', kind: 'COMMUNITY' },
];

export interface DemoUser {
  email: string;
  displayName: string;
  title: string;
  organization: string;
  role: WorkspaceRole;
}

/** The six accounts the README and the tests sign in with come first. */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.commons',
    displayName: 'Priya Raman',
    title: 'Head of Digital Platforms',
    organization: 'Digital Services Department',
    role: 'ADMIN',
  },
  {
    email: 'exec@demo.commons',
    displayName: 'Margaret Okafor',
    title: 'Chief Executive',
    organization: 'Riverside City Council',
    role: 'EXECUTIVE',
  },
  {
    email: 'lead@demo.commons',
    displayName: 'Amira Haddad',
    title: 'Homelessness Prevention Lead',
    organization: 'Housing and Homelessness Department',
    role: 'MEMBER',
  },
  {
    email: 'member@demo.commons',
    displayName: 'Tom Fairweather',
    title: 'Public Health Analyst',
    organization: 'Riverside Health Agency',
    role: 'MEMBER',
  },
  {
    email: 'partner@demo.commons',
    displayName: 'Jess Morgan',
    title: 'Outreach Coordinator',
    organization: 'Riverside Youth Trust',
    role: 'MEMBER',
  },
  {
    email: 'outsider@demo.commons',
    displayName: 'Callum Reid',
    title: 'Network Resilience Engineer',
    organization: 'Transport and Highways Department',
    role: 'MEMBER',
  },
  {
    email: 'director.housing@demo.commons',
    displayName: 'Samuel Adeyemi',
    title: 'Director of Housing',
    organization: 'Housing and Homelessness Department',
    role: 'EXECUTIVE',
  },
  {
    email: 'director.health@demo.commons',
    displayName: 'Dr Helen Kovacs',
    title: 'Director of Public Health',
    organization: 'Riverside Health Agency',
    role: 'EXECUTIVE',
  },
  {
    email: 'sara.lindqvist@demo.commons',
    displayName: 'Sara Lindqvist',
    title: 'Service Designer',
    organization: 'Digital Services Department',
    role: 'MEMBER',
  },
  {
    email: 'kwame.mensah@demo.commons',
    displayName: 'Kwame Mensah',
    title: 'Data Engineer',
    organization: 'Digital Services Department',
    role: 'MEMBER',
  },
  {
    email: 'olivia.brennan@demo.commons',
    displayName: 'Olivia Brennan',
    title: 'Housing Options Officer',
    organization: 'Housing and Homelessness Department',
    role: 'MEMBER',
  },
  {
    email: 'daniel.costa@demo.commons',
    displayName: 'Daniel Costa',
    title: 'Tenancy Sustainment Officer',
    organization: 'Housing and Homelessness Department',
    role: 'MEMBER',
  },
  {
    email: 'fatima.yusuf@demo.commons',
    displayName: 'Fatima Yusuf',
    title: 'Winter Maintenance Manager',
    organization: 'Transport and Highways Department',
    role: 'MEMBER',
  },
  {
    email: 'george.whitfield@demo.commons',
    displayName: 'George Whitfield',
    title: 'Road Safety Engineer',
    organization: 'Transport and Highways Department',
    role: 'MEMBER',
  },
  {
    email: 'nadia.petrova@demo.commons',
    displayName: 'Nadia Petrova',
    title: 'Attendance and Welfare Lead',
    organization: 'Children and Education Department',
    role: 'MEMBER',
  },
  {
    email: 'ben.osei@demo.commons',
    displayName: 'Ben Osei',
    title: 'Education Psychologist',
    organization: 'Children and Education Department',
    role: 'MEMBER',
  },
  {
    email: 'ruth.gallagher@demo.commons',
    displayName: 'Ruth Gallagher',
    title: 'Hospital Discharge Coordinator',
    organization: 'Adult Social Care Department',
    role: 'MEMBER',
  },
  {
    email: 'imran.qureshi@demo.commons',
    displayName: 'Imran Qureshi',
    title: 'Reablement Team Manager',
    organization: 'Adult Social Care Department',
    role: 'MEMBER',
  },
  {
    email: 'lucy.tran@demo.commons',
    displayName: 'Lucy Tran',
    title: 'Epidemiologist',
    organization: 'Riverside Health Agency',
    role: 'MEMBER',
  },
  {
    email: 'marcus.hale@demo.commons',
    displayName: 'Marcus Hale',
    title: 'Air Quality Scientist',
    organization: 'Regional Environment Agency',
    role: 'MEMBER',
  },
  {
    email: 'elena.rossi@demo.commons',
    displayName: 'Elena Rossi',
    title: 'Environmental Monitoring Officer',
    organization: 'Regional Environment Agency',
    role: 'MEMBER',
  },
  {
    email: 'joseph.nwosu@demo.commons',
    displayName: 'Joseph Nwosu',
    title: 'Benefit Take-up Analyst',
    organization: 'Benefits and Revenue Agency',
    role: 'MEMBER',
  },
  {
    email: 'claire.dubois@demo.commons',
    displayName: 'Claire Dubois',
    title: 'Customer Insight Manager',
    organization: 'Benefits and Revenue Agency',
    role: 'MEMBER',
  },
  {
    email: 'aidan.murphy@demo.commons',
    displayName: 'Aidan Murphy',
    title: 'Community Safety Officer',
    organization: 'Eastbank Borough Council',
    role: 'MEMBER',
  },
  {
    email: 'grace.liu@demo.commons',
    displayName: 'Grace Liu',
    title: 'Policy Officer',
    organization: 'Eastbank Borough Council',
    role: 'MEMBER',
  },
  {
    email: 'leon.fischer@demo.commons',
    displayName: 'Leon Fischer',
    title: 'Youth Worker',
    organization: 'Riverside Youth Trust',
    role: 'MEMBER',
  },
  {
    email: 'mary.byrne@demo.commons',
    displayName: 'Mary Byrne',
    title: 'Shelter Manager',
    organization: 'Harbour Lights Shelter',
    role: 'MEMBER',
  },
  {
    email: 'yusuf.kaya@demo.commons',
    displayName: 'Yusuf Kaya',
    title: 'Fleet Operations Manager',
    organization: 'Northgate Logistics Ltd',
    role: 'MEMBER',
  },
  {
    email: 'hannah.price@demo.commons',
    displayName: 'Prof Hannah Price',
    title: 'Professor of Public Policy',
    organization: 'University of Riverside, Institute for Public Policy',
    role: 'MEMBER',
  },
  {
    email: 'ravi.patel@demo.commons',
    displayName: 'Ravi Patel',
    title: 'Research Fellow',
    organization: 'University of Riverside, Institute for Public Policy',
    role: 'MEMBER',
  },
  {
    email: 'joan.ellis@demo.commons',
    displayName: 'Joan Ellis',
    title: 'Chair',
    organization: 'Eastside Residents Association',
    role: 'MEMBER',
  },
  {
    email: 'peter.amadi@demo.commons',
    displayName: 'Peter Amadi',
    title: 'Digital Inclusion Volunteer',
    organization: 'Eastside Residents Association',
    role: 'MEMBER',
  },
];
