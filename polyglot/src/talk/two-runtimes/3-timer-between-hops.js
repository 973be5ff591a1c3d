// Microtasks drain before any timer: three hops of an async function run before a due timer.
const log = (s) => console.log(s);
async function hops() {
  for (let i = 1; i <= 3; i++) {
    await null;
    log(`hop ${i}`);
  }
}
async function main() {
  setTimeout(() => log('timer 0'), 0);
  const task = hops();
  log('main done');
  await task;
}
main();
