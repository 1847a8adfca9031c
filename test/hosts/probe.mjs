// One TCP connection attempt from inside a network namespace (run by run.mjs with `ip netns exec`):
// prints `open`, `refused` (reset by the peer's firewall or nothing listening) or `timeout`.
import net from 'node:net';

const [host, port, ms = '2000'] = process.argv.slice(2);
const socket = net.connect({ host, port: Number(port) });
const done = (result) => {
  console.log(result);
  socket.destroy();
  process.exit(0);
};
socket.setTimeout(Number(ms), () => done('timeout'));
socket.on('connect', () => done('open'));
socket.on('error', (error) => done(error.code === 'ECONNREFUSED' ? 'refused' : `error ${error.code}`));
