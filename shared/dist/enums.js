// The domain's enumerations, named as in PRODUCT.md and API.md. The server registers them as
// GraphQL enums; the client reads the same constants.
export const ORGANIZATION_KINDS = [
    'DEPARTMENT',
    'AGENCY',
    'MUNICIPALITY',
    'NONPROFIT',
    'PRIVATE',
    'ACADEMIC',
    'COMMUNITY',
];
export const WORKSPACE_ROLES = ['ADMIN', 'EXECUTIVE', 'MEMBER'];
/** Kinds outside the public sector: a user whose home organisation is one of them is a partner. */
export const PARTNER_ORGANIZATION_KINDS = [
    'NONPROFIT',
    'PRIVATE',
    'ACADEMIC',
    'COMMUNITY',
];
/** A PARTNER-only account (API.md): sees only what it was invited to. */
export function isPartnerOnlyKind(kind) {
    return PARTNER_ORGANIZATION_KINDS.includes(kind);
}
export const PROBLEM_STATUSES = [
    'DRAFT',
    'FRAMING',
    'ACTIVE',
    'SUSTAINING',
    'RESOLVED',
    'ARCHIVED',
];
export const VISIBILITIES = ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
export const PUBLIC_VALUES = ['ETHICAL', 'DEMOCRATIC', 'PROFESSIONAL', 'PEOPLE'];
export const MEMBER_ROLES = ['LEAD', 'MEMBER', 'PARTNER', 'SPONSOR', 'OBSERVER'];
export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
export const MEASUREMENT_SOURCES = ['MANUAL', 'IMPORT', 'API'];
export const COMMENT_SUBJECTS = ['PROBLEM', 'TASK', 'OUTCOME'];
//# sourceMappingURL=enums.js.map