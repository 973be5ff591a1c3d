// Two tasks sleeping in a loop share one thread: their ticks interleave by deadline.
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function ticker(name, ms, times) {
  for (let i = 1; i <= times; i++) {
    await sleep(ms);
    log(`${name} tick ${i} at ${i * ms} ms`);
  }
}
ticker('fast', 200, 3);
ticker('slow', 250, 2);
log('script done');
