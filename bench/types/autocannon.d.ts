/** The small part of autocannon 9 (CommonJS, untyped) the load generator uses. */
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }
    /** Per connection; reset when the connection has gone through every entry of `requests`. */
    type Context = Record<string, unknown>;
    interface RequestSlot {
      setupRequest?: (request: Request, context: Context) => Request | null;
      onResponse?: (status: number, body: string, context: Context) => void;
    }
    interface Options {
      url: string;
      method?: string;
      headers?: Record<string, string>;
      connections?: number;
      duration?: number;
      amount?: number;
      overallRate?: number;
      timeout?: number;
      requests?: RequestSlot[];
    }
    interface Result {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
    interface Instance extends PromiseLike<Result> {
      stop(): void;
      on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): this;
      on(event: 'reqError', listener: (error: Error) => void): this;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
