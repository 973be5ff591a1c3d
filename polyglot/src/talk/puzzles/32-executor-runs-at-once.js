// The executor of new Promise runs at once; a promise settles only once; then() is always later.
const log = (s) => console.log(s);
const p = new Promise((resolve, reject) => {
  log('executor runs');
  resolve('first');
  resolve('second');
  reject(new Error('too late'));
  log('executor ends');
});
p.then((v) => log(`then got ${v}`));
log('script done');
