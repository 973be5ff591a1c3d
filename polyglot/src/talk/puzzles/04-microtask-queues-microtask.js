// A microtask queued by a microtask still runs before any timer.
const log = (s) => console.log(s);
setTimeout(() => log('timeout'), 0);
queueMicrotask(() => {
  log('microtask 1');
  queueMicrotask(() => {
    log('microtask 2, queued by 1');
    queueMicrotask(() => log('microtask 3, queued by 2'));
  });
});
log('script done');
