import net from 'node:net';

/**
 * Keeps every TCP server this test process starts on the loopback interface. Third-party test
 * servers (the atproto PDS and PLC of `@atproto/dev-env`, `get-port`'s probes) listen on every
 * interface when given no host; a test machine must not expose them. Importing this module patches
 * `net.Server.prototype.listen` (which `http.Server` inherits) once per process: a call without a
 * host, or with a host that is not loopback, listens on 127.0.0.1 instead. Unix sockets and
 * handles are left alone.
 */
export const LOOPBACK_HOST = '127.0.0.1';

const PATCHED = Symbol.for('mooring.loopbackListen');

type Listen = (this: net.Server, ...args: unknown[]) => net.Server;

function isLoopback(host: unknown): boolean {
  return (
    typeof host === 'string' && (host === 'localhost' || host === '::1' || host.startsWith('127.'))
  );
}

function isPort(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

/** The arguments of a `listen` call, rewritten so that it binds to loopback only. */
export function loopbackListenArgs(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  if (first !== null && typeof first === 'object') {
    const options = first as Record<string, unknown>;
    // A path (Unix socket), an fd or an existing handle: no TCP port is opened here.
    if ('path' in options || 'fd' in options || '_handle' in options || 'handle' in options) {
      return args;
    }
    return isLoopback(options.host) ? args : [{ ...options, host: LOOPBACK_HOST }, ...rest];
  }
  // `listen()` / `listen(cb)`: a random port on every interface; make it a random loopback port.
  if (typeof first === 'function') return [0, LOOPBACK_HOST, ...args];
  const port = first ?? 0;
  if (!isPort(port)) return args; // a Unix socket path
  if (typeof rest[0] === 'string') {
    return isLoopback(rest[0]) ? [port, ...rest] : [port, LOOPBACK_HOST, ...rest.slice(1)];
  }
  return [port, LOOPBACK_HOST, ...rest];
}

const proto = net.Server.prototype as unknown as { listen: Listen; [PATCHED]?: true };
if (!proto[PATCHED]) {
  const original = proto.listen;
  proto.listen = function listenOnLoopback(this: net.Server, ...args: unknown[]) {
    return original.apply(this, loopbackListenArgs(args));
  };
  proto[PATCHED] = true;
}
