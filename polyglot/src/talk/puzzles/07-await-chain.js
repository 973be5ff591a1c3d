// Each await is one hop through the microtask queue: two chains interleave step by step.
const log = (s) => console.log(s);
async function steps(name) {
  log(`${name} step 1`);
  await null;
  log(`${name} step 2`);
  await null;
  log(`${name} step 3`);
}
steps('a');
steps('b');
log('script done');
