// Node runs until no timer is left: the background work finishes after main.
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function background() {
  try {
    log('background sleeps');
    await sleep(500);
    log('background woke up');
  } finally {
    log('background: finally');
  }
}
async function main() {
  background();
  await sleep(10);
  log('main returns');
}
main();
