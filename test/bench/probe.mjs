// Preloaded (NODE_OPTIONS=--import) into every process of the benchmark by gateway-compare.mjs.
// Counts the GraphQL requests the process serves and answers `GET /__bench` with that count and
// the process's CPU time and memory (resident now and at its peak), so the benchmark can tell how many subgraph requests each gateway makes
// per query and how much CPU each process spends. Costs one string comparison per request.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import v8 from 'node:v8';
import vm from 'node:vm';

// `GET /__bench?gc=1` collects garbage first, so the heap it reports is what the process still holds.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');

// `POST /__bench/profile` starts a CPU profile of the process; `DELETE /__bench/profile?to=<file>`
// stops it and writes it there (.cpuprofile, for Chrome's DevTools or a script).
let profiler = null;
async function profile(request, response) {
  if (request.method === 'POST') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  } else if (profiler) {
    const { profile: taken } = await profiler.post('Profiler.stop');
    writeFileSync(new URL(request.url, 'http://probe').searchParams.get('to'), JSON.stringify(taken));
    profiler.disconnect();
    profiler = null;
  }
  response.writeHead(204).end();
}

let graphqlRequests = 0;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  const [request, response] = args;
  if (event === 'request') {
    if (request.url === '/__bench' || request.url === '/__bench?gc=1') {
      if (request.url.endsWith('gc=1')) collect();
      const cpu = process.cpuUsage();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          pid: process.pid,
          graphqlRequests,
          cpuMs: (cpu.user + cpu.system) / 1000,
          rssMb: process.memoryUsage.rss() / 2 ** 20,
          // What the RSS holds: live JavaScript objects, and Buffers outside the heap.
          heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
          externalMb: process.memoryUsage().external / 2 ** 20,
          maxRssMb: process.resourceUsage().maxRSS / 1024,
        }),
      );
      return true;
    }
    if (request.url.startsWith('/__bench/profile')) {
      void profile(request, response);
      return true;
    }
    if (request.method === 'POST' && request.url.startsWith('/graphql')) graphqlRequests++;
  }
  return emit.call(this, event, ...args);
};
