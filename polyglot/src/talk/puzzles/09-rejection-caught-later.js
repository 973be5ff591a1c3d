// A rejected promise caught two microtasks later: still caught, before any timer runs.
const log = (s) => console.log(s);
const failed = Promise.reject(new Error('mail server down'));
setTimeout(() => log('timeout'), 0);
Promise.resolve()
  .then(() => log('something else first'))
  .then(() => failed.catch((error) => log(`caught: ${error.message}`)));
log('script done');
