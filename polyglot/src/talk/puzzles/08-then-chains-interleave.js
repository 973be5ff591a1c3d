// Two promise chains: each .then waits for the one before it, so the chains take turns.
const log = (s) => console.log(s);
Promise.resolve()
  .then(() => log('x1'))
  .then(() => log('x2'))
  .then(() => log('x3'));
Promise.resolve()
  .then(() => log('y1'))
  .then(() => log('y2'));
log('script done');
