// Preloaded (NODE_OPTIONS=--import) into every process of the benchmark by gateway-compare.mjs.
// Counts the GraphQL requests the process serves and answers `GET /__bench` with that count and
// the process's CPU time and memory (resident now and at its peak), so the benchmark can tell how many subgraph requests each gateway makes
// per query and how much CPU each process spends. Costs one string comparison per request.
import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';

// `GET /__bench?gc=1` collects garbage first, so the heap it reports is what the process still holds.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');

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
    if (request.method === 'POST' && request.url.startsWith('/graphql')) graphqlRequests++;
  }
  return emit.call(this, event, ...args);
};
