// setTimeout(0) is setTimeout(1) in Node: set after a 1 ms timer, it fires after it.
const log = (s) => console.log(s);
setTimeout(() => log('timeout 1 ms'), 1);
setTimeout(() => log('timeout 0 ms'), 0);
log('script done');
