import { describeDarajaContract } from '../payments/daraja-contract.js';

/**
 * workerd serves no port here: the client's fetch is handed to the stand-in's app, and gives up
 * when its signal aborts, as a Worker's fetch to Daraja does.
 */
describeDarajaContract('workerd', async (local) => ({
  baseUrl: 'https://daraja.stand-in',
  fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      Promise.resolve(local.app.fetch(new Request(input, init))).then(resolve, reject);
    })) as typeof fetch,
  close: async () => {},
}));
