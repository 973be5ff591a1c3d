// await suspends even on a settled promise (one hop); on a pending one it waits for the settlement.
const log = (s) => console.log(s);
async function settled() {
  log('settled: before await');
  await Promise.resolve();
  log('settled: after await');
}
async function pending() {
  log('pending: before await');
  await new Promise((resolve) => setTimeout(resolve, 0));
  log('pending: after await');
}
pending();
settled();
queueMicrotask(() => log('microtask'));
log('script done');
