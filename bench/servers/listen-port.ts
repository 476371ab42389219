/** The port a bench server listens on (always on 127.0.0.1), from PORT. */
export function listenPort(): number {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  return port;
}
