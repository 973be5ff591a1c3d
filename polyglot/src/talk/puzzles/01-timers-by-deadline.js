// Three timers set longest first: they fire by deadline, not by the order they were set.
// (A tenth of a second apart: Node reads the clock as each is set, so a busy machine must not reorder them.)
const log = (s) => console.log(s);
setTimeout(() => log('300 ms'), 300);
setTimeout(() => log('100 ms'), 100);
setTimeout(() => log('200 ms'), 200);
log('script done');
