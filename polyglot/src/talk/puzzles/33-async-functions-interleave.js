// Two async functions awaiting in turn take turns on the one thread, one hop each.
const log = (s) => console.log(s);
async function worker(name, steps) {
  for (let step = 1; step <= steps; step++) {
    log(`${name} step ${step}`);
    await null;
  }
  log(`${name} done`);
}
worker('A', 3);
worker('B', 2);
log('script done');
