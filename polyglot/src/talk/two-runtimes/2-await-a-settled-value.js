// await always suspends, even on a settled promise: a callback queued before it runs first.
const log = (s) => console.log(s);
async function main() {
  const ready = Promise.resolve('ready');
  Promise.resolve().then(() => log('another callback'));
  log('before await');
  log(`after await: ${await ready}`);
}
main();
