// finally() sees neither value nor reason, and passes a rejection on to the next catch.
const log = (s) => console.log(s);
Promise.reject(new Error('disk full'))
  .finally(() => log('cleanup'))
  .then(() => log('never'))
  .catch((error) => log(`caught after cleanup: ${error.message}`));
log('script done');
