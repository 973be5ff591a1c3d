// Timers and microtasks nested in each other: every callback drains the microtasks before the next timer.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timer 1');
  Promise.resolve().then(() => {
    log('microtask of timer 1');
    setTimeout(() => log('timer 3, set by that microtask'), 0);
    queueMicrotask(() => log('microtask of the microtask'));
  });
}, 0);
setTimeout(() => {
  log('timer 2');
  queueMicrotask(() => log('microtask of timer 2'));
}, 0);
queueMicrotask(() => log('microtask of the script'));
log('script done');
