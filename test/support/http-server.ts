import { serve } from '@hono/node-server';

/** Serves a fetch handler over real HTTP on 127.0.0.1 and an ephemeral port, for one test. */
export async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const started = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ server: started, port: info.port }));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
