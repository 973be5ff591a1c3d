// A timer set by a timer, even with delay 0, waits behind the timers already due.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout A');
  setTimeout(() => log('timeout C, set by A'), 0);
}, 0);
setTimeout(() => log('timeout B'), 0);
log('script done');
