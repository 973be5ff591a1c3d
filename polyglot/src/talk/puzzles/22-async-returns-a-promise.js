// An async function returning a promise settles two hops later than one returning a value.
const log = (s) => console.log(s);
async function plain() {
  return 'value';
}
async function wrapped() {
  return Promise.resolve('promise');
}
wrapped().then((v) => log(`wrapped gave ${v}`));
plain().then((v) => log(`plain gave ${v}`));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'))
  .then(() => log('tick 3'));
log('script done');
