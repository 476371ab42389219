import { listen } from '../support/http-server.js';
import { describeDarajaContract } from './daraja-contract.js';

describeDarajaContract('Node, over HTTP on 127.0.0.1', async (local) => {
  const server = await listen(local.app.fetch);
  return { baseUrl: server.url, close: server.close };
});
