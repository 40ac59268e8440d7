/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  fragment TaskCard_task on Task {\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n': typeof types.TaskCard_TaskFragmentDoc;
  '\n  fragment TaskPanel_problem on Problem {\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n': typeof types.TaskPanel_ProblemFragmentDoc;
  '\n  fragment TaskPanel_task on Task {\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n': typeof types.TaskPanel_TaskFragmentDoc;
  '\n  fragment BoardTask on Task {\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task\n  }\n': typeof types.BoardTaskFragmentDoc;
  '\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      tasks(first: 100) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n': typeof types.BoardTabDocument;
  '\n  query BoardTasksPage($key: String!, $after: String!) {\n    problem(key: $key) {\n      id\n      tasks(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n': typeof types.BoardTasksPageDocument;
  '\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n': typeof types.MoveTaskDocument;
  '\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n': typeof types.CreateTaskDocument;
  '\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n': typeof types.UpdateTaskDocument;
  '\n  mutation DeleteTask($id: ID!, $version: Int!) {\n    deleteTask(id: $id, version: $version)\n  }\n': typeof types.DeleteTaskDocument;
  '\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n': typeof types.TaskDocument;
  '\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.OutcomeCard_OutcomeFragmentDoc;
  '\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n    }\n  }\n': typeof types.RecordMeasurementDocument;
  '\n  mutation CreateOutcome($input: CreateOutcomeInput!) {\n    createOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n': typeof types.CreateOutcomeDocument;
  '\n  mutation UpdateOutcome($input: UpdateOutcomeInput!) {\n    updateOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n': typeof types.UpdateOutcomeDocument;
  '\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n': typeof types.OutcomesTabDocument;
  '\n  query OutcomeRefresh($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Outcome {\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n': typeof types.OutcomeRefreshDocument;
  '\n  fragment OutcomeWords_outcome on Outcome {\n    id\n    name\n    unit\n    direction\n    baselineValue\n    targetValue\n    targetDate\n    health\n    progress\n    plannedProgress\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n': typeof types.OutcomeWords_OutcomeFragmentDoc;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  fragment TaskCard_task on Task {\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n':
    types.TaskCard_TaskFragmentDoc,
  '\n  fragment TaskPanel_problem on Problem {\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n':
    types.TaskPanel_ProblemFragmentDoc,
  '\n  fragment TaskPanel_task on Task {\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n':
    types.TaskPanel_TaskFragmentDoc,
  '\n  fragment BoardTask on Task {\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task\n  }\n':
    types.BoardTaskFragmentDoc,
  '\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      tasks(first: 100) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n':
    types.BoardTabDocument,
  '\n  query BoardTasksPage($key: String!, $after: String!) {\n    problem(key: $key) {\n      id\n      tasks(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n':
    types.BoardTasksPageDocument,
  '\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n':
    types.MoveTaskDocument,
  '\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n':
    types.CreateTaskDocument,
  '\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n':
    types.UpdateTaskDocument,
  '\n  mutation DeleteTask($id: ID!, $version: Int!) {\n    deleteTask(id: $id, version: $version)\n  }\n':
    types.DeleteTaskDocument,
  '\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n':
    types.TaskDocument,
  '\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.OutcomeCard_OutcomeFragmentDoc,
  '\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n    }\n  }\n':
    types.RecordMeasurementDocument,
  '\n  mutation CreateOutcome($input: CreateOutcomeInput!) {\n    createOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n':
    types.CreateOutcomeDocument,
  '\n  mutation UpdateOutcome($input: UpdateOutcomeInput!) {\n    updateOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n':
    types.UpdateOutcomeDocument,
  '\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n':
    types.OutcomesTabDocument,
  '\n  query OutcomeRefresh($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Outcome {\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n':
    types.OutcomeRefreshDocument,
  '\n  fragment OutcomeWords_outcome on Outcome {\n    id\n    name\n    unit\n    direction\n    baselineValue\n    targetValue\n    targetDate\n    health\n    progress\n    plannedProgress\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n':
    types.OutcomeWords_OutcomeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskCard_task on Task {\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskCard_task on Task {\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskPanel_problem on Problem {\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskPanel_problem on Problem {\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskPanel_task on Task {\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskPanel_task on Task {\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BoardTask on Task {\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task\n  }\n',
): (typeof documents)['\n  fragment BoardTask on Task {\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      tasks(first: 100) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      tasks(first: 100) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardTasksPage($key: String!, $after: String!) {\n    problem(key: $key) {\n      id\n      tasks(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardTasksPage($key: String!, $after: String!) {\n    problem(key: $key) {\n      id\n      tasks(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteTask($id: ID!, $version: Int!) {\n    deleteTask(id: $id, version: $version)\n  }\n',
): (typeof documents)['\n  mutation DeleteTask($id: ID!, $version: Int!) {\n    deleteTask(id: $id, version: $version)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Task($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOutcome($input: CreateOutcomeInput!) {\n    createOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOutcome($input: CreateOutcomeInput!) {\n    createOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOutcome($input: UpdateOutcomeInput!) {\n    updateOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOutcome($input: UpdateOutcomeInput!) {\n    updateOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutcomeRefresh($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Outcome {\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutcomeRefresh($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Outcome {\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutcomeWords_outcome on Outcome {\n    id\n    name\n    unit\n    direction\n    baselineValue\n    targetValue\n    targetDate\n    health\n    progress\n    plannedProgress\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n',
): (typeof documents)['\n  fragment OutcomeWords_outcome on Outcome {\n    id\n    name\n    unit\n    direction\n    baselineValue\n    targetValue\n    targetDate\n    health\n    progress\n    plannedProgress\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
