// setTimeout(0) waits for the next turn; a resolved promise's callback runs before the turn ends.
const log = (s) => console.log(s);
setTimeout(() => log('timeout 0'), 0);
Promise.resolve().then(() => log('then'));
queueMicrotask(() => log('microtask'));
log('script done');
