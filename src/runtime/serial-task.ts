/**
 * Runs `task` one at a time: a trigger while it runs asks for one more run after it, and any
 * number of such triggers make one. Failures go to `onError`, never to the caller.
 */
export function serialTask(task: () => Promise<void>, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run();
    return running;
  };
}
