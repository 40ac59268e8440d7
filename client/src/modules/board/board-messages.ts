import { errorCodeOf, isUnreachable } from '@/app/apollo/graphql-errors';

/** "HOUS-12 #4": how a task is named in messages. */
export function taskRef(problemKey: string, number: number): string {
  return `${problemKey} #${number}`;
}

/** Why a move was undone, in words: shown on the board and announced. */
export function moveFailureMessage(ref: string, error: unknown): string {
  switch (errorCodeOf(error)) {
    case 'CONFLICT':
      return `${ref} was not moved: someone else changed it just now. The board now shows their version; move it again if you still need to.`;
    case 'NOT_FOUND':
      return `${ref} was not moved: it has been deleted, or you can no longer see it.`;
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return `${ref} was not moved: you can no longer change this board. Reload the page to see why.`;
    case 'RATE_LIMITED':
      return `${ref} was not moved: too many changes at once. Wait a moment and try again.`;
    case 'BAD_USER_INPUT':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return isUnreachable(error)
        ? `${ref} was not moved: Commons could not be reached. Check your connection and try again.`
        : `${ref} was not moved: something went wrong. Try again.`;
  }
}

/** A failed save or delete, in words, for the panel's error summary. */
export function saveFailureMessage(error: unknown, action: 'saved' | 'deleted'): string {
  if (isUnreachable(error))
    return `The task was not ${action}: Commons could not be reached. Check your connection and try again.`;
  switch (errorCodeOf(error)) {
    case 'NOT_FOUND':
      return `The task was not ${action}: it has been deleted, or you can no longer see it.`;
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return `The task was not ${action}: you can no longer change this board.`;
    case 'RATE_LIMITED':
      return `The task was not ${action}: too many changes at once. Wait a moment and try again.`;
    case 'CONFLICT':
      return `The task was not ${action}: someone else changed it while you were working on it.`;
    case 'BAD_USER_INPUT':
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return `The task was not ${action}: something went wrong. Try again.`;
  }
}
