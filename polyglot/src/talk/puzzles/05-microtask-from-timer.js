// A microtask queued by a timer runs before the next timer, even one due at the same time.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout 1');
  Promise.resolve().then(() => log('then, queued by timeout 1'));
}, 5);
setTimeout(() => log('timeout 2'), 5);
log('script done');
