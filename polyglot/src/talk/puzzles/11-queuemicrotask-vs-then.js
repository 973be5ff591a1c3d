// queueMicrotask and Promise.then share one queue: first queued, first run.
const log = (s) => console.log(s);
Promise.resolve().then(() => log('then 1'));
queueMicrotask(() => log('queueMicrotask 1'));
Promise.resolve().then(() => log('then 2'));
queueMicrotask(() => log('queueMicrotask 2'));
log('script done');
