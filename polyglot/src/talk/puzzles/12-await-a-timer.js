// An awaited sleep continues right after its timer, before a timer due at the same time.
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function napper() {
  log('nap starts');
  await sleep(10);
  log('nap over');
}
napper();
setTimeout(() => log('timeout 10 ms'), 10);
log('script done');
