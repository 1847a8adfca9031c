import { App } from 'antd';
import { useCallback } from 'react';
import { errorOf } from '../api/client';

type Outcome = { error?: Parameters<typeof errorOf>[0] };

/**
 * Reports a mutation's outcome the same way on every page: its error message, or a success
 * message and `then` (usually a refetch). Returns whether it succeeded, for closing a dialog.
 */
export function useFeedback(then: () => void) {
  const { message } = App.useApp();
  return useCallback(
    (result: Outcome, ok: string): boolean => {
      if (result.error) {
        message.error(errorOf(result.error)?.message);
        return false;
      }
      message.success(ok);
      then();
      return true;
    },
    [message, then],
  );
}

/** A FormModal's `onDone`: the success message, the dialog closed, then `then` (usually a refetch). */
export function useSaved(then: () => void) {
  const { message } = App.useApp();
  return useCallback(
    (ok: string, close: () => void) => () => {
      message.success(ok);
      close();
      then();
    },
    [message, then],
  );
}
