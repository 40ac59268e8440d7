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
  '\n  subscription ProblemsChanged {\n    problemsChanged {\n      kind\n    }\n  }\n': typeof types.ProblemsChangedDocument;
  '\n  query PaletteSearch($problemSearch: String!, $search: String!) {\n    problems(filter: { search: $problemSearch }, first: 5) {\n      edges {\n        node {\n          id\n          key\n          title\n        }\n      }\n    }\n    tasks(search: $search, first: 5) {\n      id\n      number\n      title\n      problem {\n        id\n        key\n      }\n    }\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PaletteSearchDocument;
  '\n  query PaletteViewerCan {\n    viewerCan {\n      createProblem\n    }\n  }\n': typeof types.PaletteViewerCanDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  fragment TaskCard_task on Task {\n    __typename\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n': typeof types.TaskCard_TaskFragmentDoc;
  '\n  fragment TaskPanel_problem on Problem {\n    __typename\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n': typeof types.TaskPanel_ProblemFragmentDoc;
  '\n  fragment TaskPanel_task on Task {\n    __typename\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n': typeof types.TaskPanel_TaskFragmentDoc;
  '\n  fragment BoardTask on Task {\n    __typename\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task @unmask\n  }\n': typeof types.BoardTaskFragmentDoc;
  '\n  fragment BoardColumnPage on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...BoardTask @unmask\n      }\n    }\n  }\n': typeof types.BoardColumnPageFragmentDoc;
  '\n  fragment BoardLists on Problem {\n    __typename\n    todo: tasks(first: 10, filter: { status: [TODO] }) {\n      ...BoardListIds @unmask\n    }\n    inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n      ...BoardListIds @unmask\n    }\n    blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n      ...BoardListIds @unmask\n    }\n    done: tasks(first: 10, filter: { status: [DONE] }) {\n      ...BoardListIds @unmask\n    }\n  }\n  fragment BoardListIds on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n      }\n    }\n  }\n': typeof types.BoardListsFragmentDoc;
  '\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      __typename\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      todo: tasks(first: 10, filter: { status: [TODO] }) {\n        ...BoardColumnPage @unmask\n      }\n      inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n        ...BoardColumnPage @unmask\n      }\n      blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n        ...BoardColumnPage @unmask\n      }\n      done: tasks(first: 10, filter: { status: [DONE] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n': typeof types.BoardTabDocument;
  '\n  query BoardTasksPage($key: String!, $status: TaskStatus!, $after: String!, $first: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: $first, after: $after, filter: { status: [$status] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n': typeof types.BoardTasksPageDocument;
  '\n  query BoardTaskByNumber($key: String!, $number: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: 1, filter: { numbers: [$number] }) {\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n': typeof types.BoardTaskByNumberDocument;
  '\n  query TaskChoices($key: String!, $after: String) {\n    problem(key: $key) {\n      __typename\n      id\n      choices: tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            __typename\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.TaskChoicesDocument;
  '\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      __typename\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n': typeof types.MoveTaskDocument;
  '\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n': typeof types.CreateTaskDocument;
  '\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n': typeof types.UpdateTaskDocument;
  '\n  mutation DeleteTask($id: ID!, $version: Int!) {\n    deleteTask(id: $id, version: $version)\n  }\n': typeof types.DeleteTaskDocument;
  '\n  query Task($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n': typeof types.TaskDocument;
  '\n  fragment MyDueOutcomeItem_outcome on Outcome {\n    id\n    name\n    cadence\n    nextDueDate\n    stale\n    problem {\n      id\n      key\n      title\n    }\n  }\n': typeof types.MyDueOutcomeItem_OutcomeFragmentDoc;
  '\n  fragment MyTaskItem_task on Task {\n    id\n    number\n    title\n    status\n    dueDate\n    overdue\n    problem {\n      id\n      key\n      title\n    }\n  }\n': typeof types.MyTaskItem_TaskFragmentDoc;
  '\n  query MyWork {\n    myDueOutcomes {\n      __typename\n      id\n      ...MyDueOutcomeItem_outcome\n    }\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          dueDate\n          overdue\n          ...MyTaskItem_task\n        }\n      }\n    }\n    problems(filter: { mine: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n    recentActivity(first: 10) {\n      edges {\n        node {\n          id\n          summary\n          createdAt\n          problem {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyWorkDocument;
  '\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    summary\n    url\n    readAt\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    problem {\n      id\n      key\n      title\n    }\n  }\n': typeof types.NotificationItem_NotificationFragmentDoc;
  '\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n': typeof types.NotificationBellDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem_notification @unmask\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem_notification @unmask\n        }\n      }\n    }\n  }\n': typeof types.NotificationsPageDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query NotificationPreferencesPage {\n    me {\n      id\n      notificationPreferences {\n        email\n        emailAvailable\n        muted\n      }\n    }\n  }\n': typeof types.NotificationPreferencesPageDocument;
  '\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      muted\n    }\n  }\n': typeof types.UpdateNotificationPreferencesDocument;
  '\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    cadence\n    nextDueDate\n    stale\n    suppressBelow\n    isPublic\n    owner {\n      id\n      displayName\n    }\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.OutcomeCard_OutcomeFragmentDoc;
  '\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.RecordMeasurementDocument;
  '\n  mutation CreateOutcome($input: CreateOutcomeInput!) {\n    createOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n': typeof types.CreateOutcomeDocument;
  '\n  mutation UpdateOutcome($input: UpdateOutcomeInput!) {\n    updateOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n': typeof types.UpdateOutcomeDocument;
  '\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n': typeof types.OutcomesTabDocument;
  '\n  query OutcomeRefresh($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Outcome {\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n': typeof types.OutcomeRefreshDocument;
  '\n  fragment OutcomeWords_outcome on Outcome {\n    id\n    name\n    unit\n    direction\n    baselineValue\n    targetValue\n    targetDate\n    health\n    progress\n    plannedProgress\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n': typeof types.OutcomeWords_OutcomeFragmentDoc;
  '\n  fragment RecordMeasurement_outcome on Outcome {\n    id\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n': typeof types.RecordMeasurement_OutcomeFragmentDoc;
  '\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PeoplePageDocument;
  '\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on User {\n        displayName\n        email\n        title\n        role\n        organization {\n          id\n          name\n          kind\n        }\n        memberships {\n          id\n          role\n          allocationPercent\n          problem {\n            __typename\n            id\n            ...ProblemRow_problem\n          }\n        }\n      }\n    }\n  }\n': typeof types.PersonPageDocument;
  '\n  fragment PortfolioListItem_portfolio on Portfolio {\n    id\n    name\n    description\n    owner {\n      id\n      displayName\n    }\n    problems(first: 1) {\n      totalCount\n    }\n  }\n': typeof types.PortfolioListItem_PortfolioFragmentDoc;
  '\n  query PortfoliosPage {\n    viewerCan {\n      createPortfolio\n    }\n    portfolios {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n': typeof types.PortfoliosPageDocument;
  '\n  fragment PortfolioProblem_problem on Problem {\n    id\n    key\n    title\n    status\n    organizations {\n      id\n      name\n    }\n    health {\n      onTrack\n      atRisk\n      offTrack\n      noData\n      achieved\n      openTasks\n      overdueTasks\n      crossSiloIndex\n      alignment\n      unlinkedOpenTasks\n      unmovedOutcomes\n      staleOutcomes\n    }\n    outcomes {\n      id\n      name\n      unit\n      direction\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      health\n      progress\n      measurements {\n        id\n        observedAt\n        value\n      }\n    }\n  }\n': typeof types.PortfolioProblem_ProblemFragmentDoc;
  '\n  query PortfolioPage($id: ID!, $first: Int!, $filter: ProblemFilter) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Portfolio {\n        name\n        description\n        version\n        viewerCanEdit\n        owner {\n          id\n          displayName\n        }\n        problems(first: $first, filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              ...PortfolioProblem_problem\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PortfolioPageDocument;
  '\n  mutation CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n': typeof types.CreatePortfolioDocument;
  '\n  mutation UpdatePortfolio($input: UpdatePortfolioInput!, $first: Int!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      description\n      version\n      problems(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PortfolioProblem_problem\n          }\n        }\n      }\n    }\n  }\n': typeof types.UpdatePortfolioDocument;
  '\n  query PortfolioProblemChoices {\n    problems(first: 100) {\n      edges {\n        node {\n          id\n          key\n          title\n          portfolio {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PortfolioProblemChoicesDocument;
  '\n  fragment ActivityEvent_event on ActivityEvent {\n    id\n    action\n    summary\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n': typeof types.ActivityEvent_EventFragmentDoc;
  '\n  query ProblemActivity($subjectId: ID!, $first: Int!, $after: String) {\n    activity(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEvent_event\n        }\n      }\n    }\n  }\n': typeof types.ProblemActivityDocument;
  '\n  fragment DiscussionComment_comment on Comment {\n    id\n    body\n    version\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      email\n    }\n    mentions {\n      id\n      displayName\n      email\n    }\n  }\n': typeof types.DiscussionComment_CommentFragmentDoc;
  '\n  fragment EditProblemForm_problem on Problem {\n    id\n    version\n    title\n    statement\n    affectedPopulation\n    geography\n    status\n    visibility\n    publicValues\n    themes\n  }\n': typeof types.EditProblemForm_ProblemFragmentDoc;
  '\n  query ProblemOverview($key: String!) {\n    problem(key: $key) {\n      id\n      ...ProblemDetails_problem\n      ...ProblemHealthPanel_problem\n      ...ProblemOrganizations_problem\n      ...EditProblemForm_problem\n    }\n  }\n': typeof types.ProblemOverviewDocument;
  '\n  query ProblemPresence($key: String!) {\n    problem(key: $key) {\n      id\n      viewers {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.ProblemPresenceDocument;
  '\n  fragment ProblemDetails_problem on Problem {\n    id\n    statement\n    affectedPopulation\n    geography\n    publicValues\n    themes\n    portfolio {\n      id\n      name\n    }\n    lead {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n    sponsor {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ProblemDetails_ProblemFragmentDoc;
  '\n  fragment ProblemHealthPanel_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n': typeof types.ProblemHealthPanel_ProblemFragmentDoc;
  '\n  fragment ProblemOrganizations_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n    members {\n      id\n      allocationPercent\n      user {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProblemOrganizations_ProblemFragmentDoc;
  '\n  fragment ProblemSummary_problem on Problem {\n    status\n    visibility\n    lead {\n      id\n      displayName\n    }\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n': typeof types.ProblemSummary_ProblemFragmentDoc;
  '\n  fragment ProblemHealthFields on ProblemHealth {\n    onTrack\n    atRisk\n    offTrack\n    noData\n    achieved\n    openTasks\n    overdueTasks\n    doneTasks\n    crossSiloIndex\n    alignment\n    lastActivityAt\n    unlinkedOpenTasks\n    unmovedOutcomes\n    staleOutcomes\n  }\n': typeof types.ProblemHealthFieldsFragmentDoc;
  '\n  fragment TeamMember_membership on Membership {\n    id\n    role\n    allocationPercent\n    version\n    user {\n      id\n      displayName\n      title\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.TeamMember_MembershipFragmentDoc;
  '\n  query ProblemTeam($key: String!) {\n    problem(key: $key) {\n      id\n      lead {\n        id\n      }\n      health {\n        ...ProblemHealthFields @unmask\n      }\n      members {\n        id\n        allocationPercent\n        user {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        ...TeamMember_membership\n      }\n    }\n  }\n': typeof types.ProblemTeamDocument;
  '\n  query ProblemDiscussion($subjectId: ID!, $first: Int!, $after: String) {\n    comments(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DiscussionComment_comment\n        }\n      }\n    }\n  }\n': typeof types.ProblemDiscussionDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n': typeof types.UpdateCommentDocument;
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n': typeof types.DeleteCommentDocument;
  '\n  query ProblemPeopleSearch($search: String, $first: Int!) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          email\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProblemPeopleSearchDocument;
  '\n  subscription ProblemChanged($problemId: ID!) {\n    problemChanged(problemId: $problemId) {\n      kind\n      subjectId\n      actor {\n        id\n      }\n      activity {\n        id\n        summary\n      }\n      task {\n        ...BoardTask @unmask\n      }\n    }\n  }\n': typeof types.ProblemChangedDocument;
  '\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        members {\n          id\n        }\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n': typeof types.AddMemberDocument;
  '\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n': typeof types.UpdateMemberDocument;
  '\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n': typeof types.RemoveMemberDocument;
  '\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      ...ProblemDetails_problem\n      ...EditProblemForm_problem\n      ...ProblemSummary_problem\n    }\n  }\n': typeof types.UpdateProblemDocument;
  '\n  query ProblemLayout($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerRole\n      viewerCan {\n        edit\n        contribute\n        comment\n      }\n      ...ProblemSummary_problem\n    }\n  }\n': typeof types.ProblemLayoutDocument;
  '\n  fragment ProblemHealthSummary_problem on Problem {\n    id\n    health {\n      onTrack\n      atRisk\n      offTrack\n      achieved\n      noData\n      openTasks\n      overdueTasks\n    }\n  }\n': typeof types.ProblemHealthSummary_ProblemFragmentDoc;
  '\n  fragment ProblemRow_problem on Problem {\n    __typename\n    id\n    key\n    title\n    status\n    visibility\n    themes\n    updatedAt\n    portfolio {\n      id\n      name\n    }\n    ...ProblemHealthSummary_problem\n  }\n': typeof types.ProblemRow_ProblemFragmentDoc;
  '\n  mutation CreateProblem($input: CreateProblemInput!) {\n    createProblem(input: $input) {\n      __typename\n      id\n      key\n      title\n      ...ProblemRow_problem\n    }\n  }\n': typeof types.CreateProblemDocument;
  '\n  query NewProblemPage {\n    viewerCan {\n      createProblem\n    }\n    portfolios {\n      id\n      name\n    }\n  }\n': typeof types.NewProblemPageDocument;
  '\n  query ProblemsPage(\n    $filter: ProblemFilter\n    $first: Int!\n    $after: String\n    $orderBy: ProblemOrder!\n  ) {\n    problems(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n  }\n': typeof types.ProblemsPageDocument;
  '\n  query ProblemFilterOptions {\n    viewerCan {\n      createProblem\n      viewPortfolios\n    }\n    portfolios {\n      id\n      name\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProblemFilterOptionsDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  subscription ProblemsChanged {\n    problemsChanged {\n      kind\n    }\n  }\n':
    types.ProblemsChangedDocument,
  '\n  query PaletteSearch($problemSearch: String!, $search: String!) {\n    problems(filter: { search: $problemSearch }, first: 5) {\n      edges {\n        node {\n          id\n          key\n          title\n        }\n      }\n    }\n    tasks(search: $search, first: 5) {\n      id\n      number\n      title\n      problem {\n        id\n        key\n      }\n    }\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PaletteSearchDocument,
  '\n  query PaletteViewerCan {\n    viewerCan {\n      createProblem\n    }\n  }\n':
    types.PaletteViewerCanDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      title\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  fragment TaskCard_task on Task {\n    __typename\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n':
    types.TaskCard_TaskFragmentDoc,
  '\n  fragment TaskPanel_problem on Problem {\n    __typename\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n':
    types.TaskPanel_ProblemFragmentDoc,
  '\n  fragment TaskPanel_task on Task {\n    __typename\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n':
    types.TaskPanel_TaskFragmentDoc,
  '\n  fragment BoardTask on Task {\n    __typename\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task @unmask\n  }\n':
    types.BoardTaskFragmentDoc,
  '\n  fragment BoardColumnPage on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...BoardTask @unmask\n      }\n    }\n  }\n':
    types.BoardColumnPageFragmentDoc,
  '\n  fragment BoardLists on Problem {\n    __typename\n    todo: tasks(first: 10, filter: { status: [TODO] }) {\n      ...BoardListIds @unmask\n    }\n    inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n      ...BoardListIds @unmask\n    }\n    blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n      ...BoardListIds @unmask\n    }\n    done: tasks(first: 10, filter: { status: [DONE] }) {\n      ...BoardListIds @unmask\n    }\n  }\n  fragment BoardListIds on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n      }\n    }\n  }\n':
    types.BoardListsFragmentDoc,
  '\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      __typename\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      todo: tasks(first: 10, filter: { status: [TODO] }) {\n        ...BoardColumnPage @unmask\n      }\n      inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n        ...BoardColumnPage @unmask\n      }\n      blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n        ...BoardColumnPage @unmask\n      }\n      done: tasks(first: 10, filter: { status: [DONE] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n':
    types.BoardTabDocument,
  '\n  query BoardTasksPage($key: String!, $status: TaskStatus!, $after: String!, $first: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: $first, after: $after, filter: { status: [$status] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n':
    types.BoardTasksPageDocument,
  '\n  query BoardTaskByNumber($key: String!, $number: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: 1, filter: { numbers: [$number] }) {\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n':
    types.BoardTaskByNumberDocument,
  '\n  query TaskChoices($key: String!, $after: String) {\n    problem(key: $key) {\n      __typename\n      id\n      choices: tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            __typename\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.TaskChoicesDocument,
  '\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      __typename\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n':
    types.MoveTaskDocument,
  '\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n':
    types.CreateTaskDocument,
  '\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...BoardTask @unmask\n      ...TaskPanel_task\n    }\n  }\n':
    types.UpdateTaskDocument,
  '\n  mutation DeleteTask($id: ID!, $version: Int!) {\n    deleteTask(id: $id, version: $version)\n  }\n':
    types.DeleteTaskDocument,
  '\n  query Task($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n':
    types.TaskDocument,
  '\n  fragment MyDueOutcomeItem_outcome on Outcome {\n    id\n    name\n    cadence\n    nextDueDate\n    stale\n    problem {\n      id\n      key\n      title\n    }\n  }\n':
    types.MyDueOutcomeItem_OutcomeFragmentDoc,
  '\n  fragment MyTaskItem_task on Task {\n    id\n    number\n    title\n    status\n    dueDate\n    overdue\n    problem {\n      id\n      key\n      title\n    }\n  }\n':
    types.MyTaskItem_TaskFragmentDoc,
  '\n  query MyWork {\n    myDueOutcomes {\n      __typename\n      id\n      ...MyDueOutcomeItem_outcome\n    }\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          dueDate\n          overdue\n          ...MyTaskItem_task\n        }\n      }\n    }\n    problems(filter: { mine: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n    recentActivity(first: 10) {\n      edges {\n        node {\n          id\n          summary\n          createdAt\n          problem {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n':
    types.MyWorkDocument,
  '\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    summary\n    url\n    readAt\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    problem {\n      id\n      key\n      title\n    }\n  }\n':
    types.NotificationItem_NotificationFragmentDoc,
  '\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n':
    types.NotificationBellDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem_notification @unmask\n    }\n  }\n':
    types.NotificationAddedDocument,
  '\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem_notification @unmask\n        }\n      }\n    }\n  }\n':
    types.NotificationsPageDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query NotificationPreferencesPage {\n    me {\n      id\n      notificationPreferences {\n        email\n        emailAvailable\n        muted\n      }\n    }\n  }\n':
    types.NotificationPreferencesPageDocument,
  '\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      muted\n    }\n  }\n':
    types.UpdateNotificationPreferencesDocument,
  '\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    cadence\n    nextDueDate\n    stale\n    suppressBelow\n    isPublic\n    owner {\n      id\n      displayName\n    }\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.OutcomeCard_OutcomeFragmentDoc,
  '\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.RecordMeasurementDocument,
  '\n  mutation CreateOutcome($input: CreateOutcomeInput!) {\n    createOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n':
    types.CreateOutcomeDocument,
  '\n  mutation UpdateOutcome($input: UpdateOutcomeInput!) {\n    updateOutcome(input: $input) {\n      id\n      ...OutcomeCard_outcome\n    }\n  }\n':
    types.UpdateOutcomeDocument,
  '\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n':
    types.OutcomesTabDocument,
  '\n  query OutcomeRefresh($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Outcome {\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n':
    types.OutcomeRefreshDocument,
  '\n  fragment OutcomeWords_outcome on Outcome {\n    id\n    name\n    unit\n    direction\n    baselineValue\n    targetValue\n    targetDate\n    health\n    progress\n    plannedProgress\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n':
    types.OutcomeWords_OutcomeFragmentDoc,
  '\n  fragment RecordMeasurement_outcome on Outcome {\n    id\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n':
    types.RecordMeasurement_OutcomeFragmentDoc,
  '\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PeoplePageDocument,
  '\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on User {\n        displayName\n        email\n        title\n        role\n        organization {\n          id\n          name\n          kind\n        }\n        memberships {\n          id\n          role\n          allocationPercent\n          problem {\n            __typename\n            id\n            ...ProblemRow_problem\n          }\n        }\n      }\n    }\n  }\n':
    types.PersonPageDocument,
  '\n  fragment PortfolioListItem_portfolio on Portfolio {\n    id\n    name\n    description\n    owner {\n      id\n      displayName\n    }\n    problems(first: 1) {\n      totalCount\n    }\n  }\n':
    types.PortfolioListItem_PortfolioFragmentDoc,
  '\n  query PortfoliosPage {\n    viewerCan {\n      createPortfolio\n    }\n    portfolios {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n':
    types.PortfoliosPageDocument,
  '\n  fragment PortfolioProblem_problem on Problem {\n    id\n    key\n    title\n    status\n    organizations {\n      id\n      name\n    }\n    health {\n      onTrack\n      atRisk\n      offTrack\n      noData\n      achieved\n      openTasks\n      overdueTasks\n      crossSiloIndex\n      alignment\n      unlinkedOpenTasks\n      unmovedOutcomes\n      staleOutcomes\n    }\n    outcomes {\n      id\n      name\n      unit\n      direction\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      health\n      progress\n      measurements {\n        id\n        observedAt\n        value\n      }\n    }\n  }\n':
    types.PortfolioProblem_ProblemFragmentDoc,
  '\n  query PortfolioPage($id: ID!, $first: Int!, $filter: ProblemFilter) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Portfolio {\n        name\n        description\n        version\n        viewerCanEdit\n        owner {\n          id\n          displayName\n        }\n        problems(first: $first, filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              ...PortfolioProblem_problem\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PortfolioPageDocument,
  '\n  mutation CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n':
    types.CreatePortfolioDocument,
  '\n  mutation UpdatePortfolio($input: UpdatePortfolioInput!, $first: Int!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      description\n      version\n      problems(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PortfolioProblem_problem\n          }\n        }\n      }\n    }\n  }\n':
    types.UpdatePortfolioDocument,
  '\n  query PortfolioProblemChoices {\n    problems(first: 100) {\n      edges {\n        node {\n          id\n          key\n          title\n          portfolio {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PortfolioProblemChoicesDocument,
  '\n  fragment ActivityEvent_event on ActivityEvent {\n    id\n    action\n    summary\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n':
    types.ActivityEvent_EventFragmentDoc,
  '\n  query ProblemActivity($subjectId: ID!, $first: Int!, $after: String) {\n    activity(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEvent_event\n        }\n      }\n    }\n  }\n':
    types.ProblemActivityDocument,
  '\n  fragment DiscussionComment_comment on Comment {\n    id\n    body\n    version\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      email\n    }\n    mentions {\n      id\n      displayName\n      email\n    }\n  }\n':
    types.DiscussionComment_CommentFragmentDoc,
  '\n  fragment EditProblemForm_problem on Problem {\n    id\n    version\n    title\n    statement\n    affectedPopulation\n    geography\n    status\n    visibility\n    publicValues\n    themes\n  }\n':
    types.EditProblemForm_ProblemFragmentDoc,
  '\n  query ProblemOverview($key: String!) {\n    problem(key: $key) {\n      id\n      ...ProblemDetails_problem\n      ...ProblemHealthPanel_problem\n      ...ProblemOrganizations_problem\n      ...EditProblemForm_problem\n    }\n  }\n':
    types.ProblemOverviewDocument,
  '\n  query ProblemPresence($key: String!) {\n    problem(key: $key) {\n      id\n      viewers {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.ProblemPresenceDocument,
  '\n  fragment ProblemDetails_problem on Problem {\n    id\n    statement\n    affectedPopulation\n    geography\n    publicValues\n    themes\n    portfolio {\n      id\n      name\n    }\n    lead {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n    sponsor {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.ProblemDetails_ProblemFragmentDoc,
  '\n  fragment ProblemHealthPanel_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n':
    types.ProblemHealthPanel_ProblemFragmentDoc,
  '\n  fragment ProblemOrganizations_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n    members {\n      id\n      allocationPercent\n      user {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ProblemOrganizations_ProblemFragmentDoc,
  '\n  fragment ProblemSummary_problem on Problem {\n    status\n    visibility\n    lead {\n      id\n      displayName\n    }\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n':
    types.ProblemSummary_ProblemFragmentDoc,
  '\n  fragment ProblemHealthFields on ProblemHealth {\n    onTrack\n    atRisk\n    offTrack\n    noData\n    achieved\n    openTasks\n    overdueTasks\n    doneTasks\n    crossSiloIndex\n    alignment\n    lastActivityAt\n    unlinkedOpenTasks\n    unmovedOutcomes\n    staleOutcomes\n  }\n':
    types.ProblemHealthFieldsFragmentDoc,
  '\n  fragment TeamMember_membership on Membership {\n    id\n    role\n    allocationPercent\n    version\n    user {\n      id\n      displayName\n      title\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.TeamMember_MembershipFragmentDoc,
  '\n  query ProblemTeam($key: String!) {\n    problem(key: $key) {\n      id\n      lead {\n        id\n      }\n      health {\n        ...ProblemHealthFields @unmask\n      }\n      members {\n        id\n        allocationPercent\n        user {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        ...TeamMember_membership\n      }\n    }\n  }\n':
    types.ProblemTeamDocument,
  '\n  query ProblemDiscussion($subjectId: ID!, $first: Int!, $after: String) {\n    comments(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DiscussionComment_comment\n        }\n      }\n    }\n  }\n':
    types.ProblemDiscussionDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n':
    types.UpdateCommentDocument,
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n':
    types.DeleteCommentDocument,
  '\n  query ProblemPeopleSearch($search: String, $first: Int!) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          email\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ProblemPeopleSearchDocument,
  '\n  subscription ProblemChanged($problemId: ID!) {\n    problemChanged(problemId: $problemId) {\n      kind\n      subjectId\n      actor {\n        id\n      }\n      activity {\n        id\n        summary\n      }\n      task {\n        ...BoardTask @unmask\n      }\n    }\n  }\n':
    types.ProblemChangedDocument,
  '\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        members {\n          id\n        }\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n':
    types.AddMemberDocument,
  '\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n':
    types.UpdateMemberDocument,
  '\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n':
    types.RemoveMemberDocument,
  '\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      ...ProblemDetails_problem\n      ...EditProblemForm_problem\n      ...ProblemSummary_problem\n    }\n  }\n':
    types.UpdateProblemDocument,
  '\n  query ProblemLayout($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerRole\n      viewerCan {\n        edit\n        contribute\n        comment\n      }\n      ...ProblemSummary_problem\n    }\n  }\n':
    types.ProblemLayoutDocument,
  '\n  fragment ProblemHealthSummary_problem on Problem {\n    id\n    health {\n      onTrack\n      atRisk\n      offTrack\n      achieved\n      noData\n      openTasks\n      overdueTasks\n    }\n  }\n':
    types.ProblemHealthSummary_ProblemFragmentDoc,
  '\n  fragment ProblemRow_problem on Problem {\n    __typename\n    id\n    key\n    title\n    status\n    visibility\n    themes\n    updatedAt\n    portfolio {\n      id\n      name\n    }\n    ...ProblemHealthSummary_problem\n  }\n':
    types.ProblemRow_ProblemFragmentDoc,
  '\n  mutation CreateProblem($input: CreateProblemInput!) {\n    createProblem(input: $input) {\n      __typename\n      id\n      key\n      title\n      ...ProblemRow_problem\n    }\n  }\n':
    types.CreateProblemDocument,
  '\n  query NewProblemPage {\n    viewerCan {\n      createProblem\n    }\n    portfolios {\n      id\n      name\n    }\n  }\n':
    types.NewProblemPageDocument,
  '\n  query ProblemsPage(\n    $filter: ProblemFilter\n    $first: Int!\n    $after: String\n    $orderBy: ProblemOrder!\n  ) {\n    problems(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n  }\n':
    types.ProblemsPageDocument,
  '\n  query ProblemFilterOptions {\n    viewerCan {\n      createProblem\n      viewPortfolios\n    }\n    portfolios {\n      id\n      name\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ProblemFilterOptionsDocument,
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
  source: '\n  subscription ProblemsChanged {\n    problemsChanged {\n      kind\n    }\n  }\n',
): (typeof documents)['\n  subscription ProblemsChanged {\n    problemsChanged {\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaletteSearch($problemSearch: String!, $search: String!) {\n    problems(filter: { search: $problemSearch }, first: 5) {\n      edges {\n        node {\n          id\n          key\n          title\n        }\n      }\n    }\n    tasks(search: $search, first: 5) {\n      id\n      number\n      title\n      problem {\n        id\n        key\n      }\n    }\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaletteSearch($problemSearch: String!, $search: String!) {\n    problems(filter: { search: $problemSearch }, first: 5) {\n      edges {\n        node {\n          id\n          key\n          title\n        }\n      }\n    }\n    tasks(search: $search, first: 5) {\n      id\n      number\n      title\n      problem {\n        id\n        key\n      }\n    }\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaletteViewerCan {\n    viewerCan {\n      createProblem\n    }\n  }\n',
): (typeof documents)['\n  query PaletteViewerCan {\n    viewerCan {\n      createProblem\n    }\n  }\n'];
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
  source: '\n  fragment TaskCard_task on Task {\n    __typename\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskCard_task on Task {\n    __typename\n    id\n    number\n    title\n    dueDate\n    overdue\n    blocked\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskPanel_problem on Problem {\n    __typename\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskPanel_problem on Problem {\n    __typename\n    id\n    key\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    organizations {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskPanel_task on Task {\n    __typename\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskPanel_task on Task {\n    __typename\n    id\n    number\n    title\n    description\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n    outcomes {\n      id\n      name\n    }\n    blockedBy {\n      id\n      number\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BoardTask on Task {\n    __typename\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task @unmask\n  }\n',
): (typeof documents)['\n  fragment BoardTask on Task {\n    __typename\n    id\n    number\n    title\n    status\n    rank\n    version\n    blocked\n    blockedBy {\n      id\n    }\n    ...TaskCard_task @unmask\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BoardColumnPage on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...BoardTask @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BoardColumnPage on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...BoardTask @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BoardLists on Problem {\n    __typename\n    todo: tasks(first: 10, filter: { status: [TODO] }) {\n      ...BoardListIds @unmask\n    }\n    inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n      ...BoardListIds @unmask\n    }\n    blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n      ...BoardListIds @unmask\n    }\n    done: tasks(first: 10, filter: { status: [DONE] }) {\n      ...BoardListIds @unmask\n    }\n  }\n  fragment BoardListIds on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BoardLists on Problem {\n    __typename\n    todo: tasks(first: 10, filter: { status: [TODO] }) {\n      ...BoardListIds @unmask\n    }\n    inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n      ...BoardListIds @unmask\n    }\n    blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n      ...BoardListIds @unmask\n    }\n    done: tasks(first: 10, filter: { status: [DONE] }) {\n      ...BoardListIds @unmask\n    }\n  }\n  fragment BoardListIds on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      __typename\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      todo: tasks(first: 10, filter: { status: [TODO] }) {\n        ...BoardColumnPage @unmask\n      }\n      inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n        ...BoardColumnPage @unmask\n      }\n      blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n        ...BoardColumnPage @unmask\n      }\n      done: tasks(first: 10, filter: { status: [DONE] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardTab($key: String!) {\n    problem(key: $key) {\n      __typename\n      id\n      key\n      title\n      viewerCan {\n        contribute\n      }\n      ...TaskPanel_problem\n      todo: tasks(first: 10, filter: { status: [TODO] }) {\n        ...BoardColumnPage @unmask\n      }\n      inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {\n        ...BoardColumnPage @unmask\n      }\n      blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {\n        ...BoardColumnPage @unmask\n      }\n      done: tasks(first: 10, filter: { status: [DONE] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardTasksPage($key: String!, $status: TaskStatus!, $after: String!, $first: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: $first, after: $after, filter: { status: [$status] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardTasksPage($key: String!, $status: TaskStatus!, $after: String!, $first: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: $first, after: $after, filter: { status: [$status] }) {\n        ...BoardColumnPage @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardTaskByNumber($key: String!, $number: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: 1, filter: { numbers: [$number] }) {\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardTaskByNumber($key: String!, $number: Int!) {\n    problem(key: $key) {\n      __typename\n      id\n      tasks(first: 1, filter: { numbers: [$number] }) {\n        edges {\n          node {\n            ...BoardTask @unmask\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaskChoices($key: String!, $after: String) {\n    problem(key: $key) {\n      __typename\n      id\n      choices: tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            __typename\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TaskChoices($key: String!, $after: String) {\n    problem(key: $key) {\n      __typename\n      id\n      choices: tasks(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            __typename\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      __typename\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      __typename\n      id\n      status\n      rank\n      version\n      updatedAt\n    }\n  }\n'];
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
  source: '\n  query Task($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Task($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Task {\n        ...BoardTask @unmask\n        ...TaskPanel_task\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MyDueOutcomeItem_outcome on Outcome {\n    id\n    name\n    cadence\n    nextDueDate\n    stale\n    problem {\n      id\n      key\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment MyDueOutcomeItem_outcome on Outcome {\n    id\n    name\n    cadence\n    nextDueDate\n    stale\n    problem {\n      id\n      key\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MyTaskItem_task on Task {\n    id\n    number\n    title\n    status\n    dueDate\n    overdue\n    problem {\n      id\n      key\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment MyTaskItem_task on Task {\n    id\n    number\n    title\n    status\n    dueDate\n    overdue\n    problem {\n      id\n      key\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyWork {\n    myDueOutcomes {\n      __typename\n      id\n      ...MyDueOutcomeItem_outcome\n    }\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          dueDate\n          overdue\n          ...MyTaskItem_task\n        }\n      }\n    }\n    problems(filter: { mine: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n    recentActivity(first: 10) {\n      edges {\n        node {\n          id\n          summary\n          createdAt\n          problem {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyWork {\n    myDueOutcomes {\n      __typename\n      id\n      ...MyDueOutcomeItem_outcome\n    }\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          dueDate\n          overdue\n          ...MyTaskItem_task\n        }\n      }\n    }\n    problems(filter: { mine: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n    recentActivity(first: 10) {\n      edges {\n        node {\n          id\n          summary\n          createdAt\n          problem {\n            id\n            key\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    summary\n    url\n    readAt\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    problem {\n      id\n      key\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    summary\n    url\n    readAt\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    problem {\n      id\n      key\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n',
): (typeof documents)['\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem_notification @unmask\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem_notification @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem_notification @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem_notification @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationPreferencesPage {\n    me {\n      id\n      notificationPreferences {\n        email\n        emailAvailable\n        muted\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationPreferencesPage {\n    me {\n      id\n      notificationPreferences {\n        email\n        emailAvailable\n        muted\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      muted\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      emailAvailable\n      muted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    cadence\n    nextDueDate\n    stale\n    suppressBelow\n    isPublic\n    owner {\n      id\n      displayName\n    }\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment OutcomeCard_outcome on Outcome {\n    id\n    name\n    description\n    unit\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    dataSource\n    progress\n    plannedProgress\n    health\n    cadence\n    nextDueDate\n    stale\n    suppressBelow\n    isPublic\n    owner {\n      id\n      displayName\n    }\n    version\n    latest {\n      id\n      observedAt\n      value\n    }\n    measurements {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      observedAt\n      value\n      note\n      source\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
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
  source: '\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutcomesTab($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerCan {\n        edit\n        contribute\n      }\n      lead {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      outcomes {\n        id\n        ...OutcomeCard_outcome\n      }\n    }\n  }\n'];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecordMeasurement_outcome on Outcome {\n    id\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n',
): (typeof documents)['\n  fragment RecordMeasurement_outcome on Outcome {\n    id\n    direction\n    baselineValue\n    baselineDate\n    targetValue\n    targetDate\n    latest {\n      id\n      observedAt\n      value\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          title\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on User {\n        displayName\n        email\n        title\n        role\n        organization {\n          id\n          name\n          kind\n        }\n        memberships {\n          id\n          role\n          allocationPercent\n          problem {\n            __typename\n            id\n            ...ProblemRow_problem\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on User {\n        displayName\n        email\n        title\n        role\n        organization {\n          id\n          name\n          kind\n        }\n        memberships {\n          id\n          role\n          allocationPercent\n          problem {\n            __typename\n            id\n            ...ProblemRow_problem\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortfolioListItem_portfolio on Portfolio {\n    id\n    name\n    description\n    owner {\n      id\n      displayName\n    }\n    problems(first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  fragment PortfolioListItem_portfolio on Portfolio {\n    id\n    name\n    description\n    owner {\n      id\n      displayName\n    }\n    problems(first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfoliosPage {\n    viewerCan {\n      createPortfolio\n    }\n    portfolios {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n',
): (typeof documents)['\n  query PortfoliosPage {\n    viewerCan {\n      createPortfolio\n    }\n    portfolios {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortfolioProblem_problem on Problem {\n    id\n    key\n    title\n    status\n    organizations {\n      id\n      name\n    }\n    health {\n      onTrack\n      atRisk\n      offTrack\n      noData\n      achieved\n      openTasks\n      overdueTasks\n      crossSiloIndex\n      alignment\n      unlinkedOpenTasks\n      unmovedOutcomes\n      staleOutcomes\n    }\n    outcomes {\n      id\n      name\n      unit\n      direction\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      health\n      progress\n      measurements {\n        id\n        observedAt\n        value\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PortfolioProblem_problem on Problem {\n    id\n    key\n    title\n    status\n    organizations {\n      id\n      name\n    }\n    health {\n      onTrack\n      atRisk\n      offTrack\n      noData\n      achieved\n      openTasks\n      overdueTasks\n      crossSiloIndex\n      alignment\n      unlinkedOpenTasks\n      unmovedOutcomes\n      staleOutcomes\n    }\n    outcomes {\n      id\n      name\n      unit\n      direction\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      health\n      progress\n      measurements {\n        id\n        observedAt\n        value\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioPage($id: ID!, $first: Int!, $filter: ProblemFilter) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Portfolio {\n        name\n        description\n        version\n        viewerCanEdit\n        owner {\n          id\n          displayName\n        }\n        problems(first: $first, filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              ...PortfolioProblem_problem\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioPage($id: ID!, $first: Int!, $filter: ProblemFilter) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Portfolio {\n        name\n        description\n        version\n        viewerCanEdit\n        owner {\n          id\n          displayName\n        }\n        problems(first: $first, filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              ...PortfolioProblem_problem\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      ...PortfolioListItem_portfolio\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePortfolio($input: UpdatePortfolioInput!, $first: Int!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      description\n      version\n      problems(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PortfolioProblem_problem\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePortfolio($input: UpdatePortfolioInput!, $first: Int!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      description\n      version\n      problems(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            ...PortfolioProblem_problem\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioProblemChoices {\n    problems(first: 100) {\n      edges {\n        node {\n          id\n          key\n          title\n          portfolio {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioProblemChoices {\n    problems(first: 100) {\n      edges {\n        node {\n          id\n          key\n          title\n          portfolio {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActivityEvent_event on ActivityEvent {\n    id\n    action\n    summary\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n',
): (typeof documents)['\n  fragment ActivityEvent_event on ActivityEvent {\n    id\n    action\n    summary\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemActivity($subjectId: ID!, $first: Int!, $after: String) {\n    activity(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEvent_event\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemActivity($subjectId: ID!, $first: Int!, $after: String) {\n    activity(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityEvent_event\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionComment_comment on Comment {\n    id\n    body\n    version\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      email\n    }\n    mentions {\n      id\n      displayName\n      email\n    }\n  }\n',
): (typeof documents)['\n  fragment DiscussionComment_comment on Comment {\n    id\n    body\n    version\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      email\n    }\n    mentions {\n      id\n      displayName\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditProblemForm_problem on Problem {\n    id\n    version\n    title\n    statement\n    affectedPopulation\n    geography\n    status\n    visibility\n    publicValues\n    themes\n  }\n',
): (typeof documents)['\n  fragment EditProblemForm_problem on Problem {\n    id\n    version\n    title\n    statement\n    affectedPopulation\n    geography\n    status\n    visibility\n    publicValues\n    themes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemOverview($key: String!) {\n    problem(key: $key) {\n      id\n      ...ProblemDetails_problem\n      ...ProblemHealthPanel_problem\n      ...ProblemOrganizations_problem\n      ...EditProblemForm_problem\n    }\n  }\n',
): (typeof documents)['\n  query ProblemOverview($key: String!) {\n    problem(key: $key) {\n      id\n      ...ProblemDetails_problem\n      ...ProblemHealthPanel_problem\n      ...ProblemOrganizations_problem\n      ...EditProblemForm_problem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemPresence($key: String!) {\n    problem(key: $key) {\n      id\n      viewers {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemPresence($key: String!) {\n    problem(key: $key) {\n      id\n      viewers {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemDetails_problem on Problem {\n    id\n    statement\n    affectedPopulation\n    geography\n    publicValues\n    themes\n    portfolio {\n      id\n      name\n    }\n    lead {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n    sponsor {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProblemDetails_problem on Problem {\n    id\n    statement\n    affectedPopulation\n    geography\n    publicValues\n    themes\n    portfolio {\n      id\n      name\n    }\n    lead {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n    sponsor {\n      id\n      displayName\n      title\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemHealthPanel_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n',
): (typeof documents)['\n  fragment ProblemHealthPanel_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemOrganizations_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n    members {\n      id\n      allocationPercent\n      user {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProblemOrganizations_problem on Problem {\n    id\n    health {\n      ...ProblemHealthFields @unmask\n    }\n    members {\n      id\n      allocationPercent\n      user {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemSummary_problem on Problem {\n    status\n    visibility\n    lead {\n      id\n      displayName\n    }\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n',
): (typeof documents)['\n  fragment ProblemSummary_problem on Problem {\n    status\n    visibility\n    lead {\n      id\n      displayName\n    }\n    health {\n      ...ProblemHealthFields @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemHealthFields on ProblemHealth {\n    onTrack\n    atRisk\n    offTrack\n    noData\n    achieved\n    openTasks\n    overdueTasks\n    doneTasks\n    crossSiloIndex\n    alignment\n    lastActivityAt\n    unlinkedOpenTasks\n    unmovedOutcomes\n    staleOutcomes\n  }\n',
): (typeof documents)['\n  fragment ProblemHealthFields on ProblemHealth {\n    onTrack\n    atRisk\n    offTrack\n    noData\n    achieved\n    openTasks\n    overdueTasks\n    doneTasks\n    crossSiloIndex\n    alignment\n    lastActivityAt\n    unlinkedOpenTasks\n    unmovedOutcomes\n    staleOutcomes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamMember_membership on Membership {\n    id\n    role\n    allocationPercent\n    version\n    user {\n      id\n      displayName\n      title\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamMember_membership on Membership {\n    id\n    role\n    allocationPercent\n    version\n    user {\n      id\n      displayName\n      title\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemTeam($key: String!) {\n    problem(key: $key) {\n      id\n      lead {\n        id\n      }\n      health {\n        ...ProblemHealthFields @unmask\n      }\n      members {\n        id\n        allocationPercent\n        user {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        ...TeamMember_membership\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemTeam($key: String!) {\n    problem(key: $key) {\n      id\n      lead {\n        id\n      }\n      health {\n        ...ProblemHealthFields @unmask\n      }\n      members {\n        id\n        allocationPercent\n        user {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        ...TeamMember_membership\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemDiscussion($subjectId: ID!, $first: Int!, $after: String) {\n    comments(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DiscussionComment_comment\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemDiscussion($subjectId: ID!, $first: Int!, $after: String) {\n    comments(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DiscussionComment_comment\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      ...DiscussionComment_comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemPeopleSearch($search: String, $first: Int!) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          email\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemPeopleSearch($search: String, $first: Int!) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          email\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ProblemChanged($problemId: ID!) {\n    problemChanged(problemId: $problemId) {\n      kind\n      subjectId\n      actor {\n        id\n      }\n      activity {\n        id\n        summary\n      }\n      task {\n        ...BoardTask @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription ProblemChanged($problemId: ID!) {\n    problemChanged(problemId: $problemId) {\n      kind\n      subjectId\n      actor {\n        id\n      }\n      activity {\n        id\n        summary\n      }\n      task {\n        ...BoardTask @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        members {\n          id\n        }\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        members {\n          id\n        }\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      ...TeamMember_membership\n      problem {\n        id\n        health {\n          ...ProblemHealthFields @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      ...ProblemDetails_problem\n      ...EditProblemForm_problem\n      ...ProblemSummary_problem\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      ...ProblemDetails_problem\n      ...EditProblemForm_problem\n      ...ProblemSummary_problem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemLayout($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerRole\n      viewerCan {\n        edit\n        contribute\n        comment\n      }\n      ...ProblemSummary_problem\n    }\n  }\n',
): (typeof documents)['\n  query ProblemLayout($key: String!) {\n    problem(key: $key) {\n      id\n      key\n      title\n      viewerRole\n      viewerCan {\n        edit\n        contribute\n        comment\n      }\n      ...ProblemSummary_problem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemHealthSummary_problem on Problem {\n    id\n    health {\n      onTrack\n      atRisk\n      offTrack\n      achieved\n      noData\n      openTasks\n      overdueTasks\n    }\n  }\n',
): (typeof documents)['\n  fragment ProblemHealthSummary_problem on Problem {\n    id\n    health {\n      onTrack\n      atRisk\n      offTrack\n      achieved\n      noData\n      openTasks\n      overdueTasks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemRow_problem on Problem {\n    __typename\n    id\n    key\n    title\n    status\n    visibility\n    themes\n    updatedAt\n    portfolio {\n      id\n      name\n    }\n    ...ProblemHealthSummary_problem\n  }\n',
): (typeof documents)['\n  fragment ProblemRow_problem on Problem {\n    __typename\n    id\n    key\n    title\n    status\n    visibility\n    themes\n    updatedAt\n    portfolio {\n      id\n      name\n    }\n    ...ProblemHealthSummary_problem\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProblem($input: CreateProblemInput!) {\n    createProblem(input: $input) {\n      __typename\n      id\n      key\n      title\n      ...ProblemRow_problem\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProblem($input: CreateProblemInput!) {\n    createProblem(input: $input) {\n      __typename\n      id\n      key\n      title\n      ...ProblemRow_problem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewProblemPage {\n    viewerCan {\n      createProblem\n    }\n    portfolios {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query NewProblemPage {\n    viewerCan {\n      createProblem\n    }\n    portfolios {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemsPage(\n    $filter: ProblemFilter\n    $first: Int!\n    $after: String\n    $orderBy: ProblemOrder!\n  ) {\n    problems(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemsPage(\n    $filter: ProblemFilter\n    $first: Int!\n    $after: String\n    $orderBy: ProblemOrder!\n  ) {\n    problems(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          ...ProblemRow_problem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProblemFilterOptions {\n    viewerCan {\n      createProblem\n      viewPortfolios\n    }\n    portfolios {\n      id\n      name\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProblemFilterOptions {\n    viewerCan {\n      createProblem\n      viewPortfolios\n    }\n    portfolios {\n      id\n      name\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
