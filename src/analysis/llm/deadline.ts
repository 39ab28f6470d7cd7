/**
 * Settles with `work`, or rejects with the signal's reason once it aborts. Passing the signal to the SDK is
 * not enough on its own: the SDK sleeps out a server's retry-after before it looks at the signal again.
 */
export function settleBefore<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(deadline.reason);
    if (deadline.aborted) onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}
