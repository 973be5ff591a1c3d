// A setTimeout(0) set inside a microtask goes behind the setTimeout(0) the script set.
const log = (s) => console.log(s);
queueMicrotask(() => {
  log('microtask');
  setTimeout(() => log('timeout set by the microtask'), 0);
});
setTimeout(() => log('timeout set by the script'), 0);
log('script done');
