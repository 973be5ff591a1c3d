// An async function's result reaches its caller's await one hop after its last line.
const log = (s) => console.log(s);
async function answer() {
  log('answer computes');
  return 42;
}
async function caller() {
  const value = await answer();
  log(`caller got ${value}`);
}
caller();
queueMicrotask(() => log('microtask queued after the call'));
log('script done');
