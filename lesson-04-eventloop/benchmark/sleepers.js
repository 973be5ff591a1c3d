// N timer promises of 1 s, awaited with Promise.all: node sleepers.js N
const n = Number(process.argv[2] ?? 100000);
const start = performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  await Promise.all(Array.from({ length: n }, async () => { await sleep(1000); }));
  console.log(`Promise.all: ${n.toLocaleString('en')} sleeping 1 s took ${((performance.now() - start) / 1000).toFixed(2)} s`);
})();
