// Node has two queues where asyncio has one: a promise's reaction and queueMicrotask run right after the
// callback that queued them, before a timer already due; setImmediate waits for the timers, like call_soon.
function holdTheThread(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let resolve;
const promise = new Promise((r) => { resolve = r; });
promise.then(() => console.log("  the promise's reaction (to resolve)"));

console.log('Two timers, due 5 ms and 10 ms from now; the thread is held 50 ms, so both are due at once');
setTimeout(() => {
  console.log('  first timer: resolve(), queueMicrotask(micro), setImmediate(immediate)');
  resolve('done');
  queueMicrotask(() => console.log('  micro (queued with queueMicrotask)'));
  setImmediate(() => console.log('  immediate (queued with setImmediate)'));
}, 5);
setTimeout(() => console.log('  second timer'), 10);
holdTheThread(50);
