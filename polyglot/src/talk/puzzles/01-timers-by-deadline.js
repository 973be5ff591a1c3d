// Three timers set longest first: they fire by deadline, not by the order they were set.
const log = (s) => console.log(s);
setTimeout(() => log('30 ms'), 30);
setTimeout(() => log('10 ms'), 10);
setTimeout(() => log('20 ms'), 20);
log('script done');
