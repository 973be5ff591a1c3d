// Lesson 04's AsyncQueueTest programs in JavaScript: take() hands out a promise, put() settles the oldest one.
class AsyncQueue {
  items = [];
  takers = [];

  put(item) {
    if (this.takers.length > 0) this.takers.shift()(item);
    else this.items.push(item);
  }

  take() {
    if (this.items.length > 0) return Promise.resolve(this.items.shift());
    return new Promise((resolve) => this.takers.push(resolve));
  }
}

const log = (line) => console.log(line);

// A taker waits while timers put two items.
const queue = new AsyncQueue();
(async () => {
  for (let i = 0; i < 2; i++) log(`took ${await queue.take()}`);
})();
setTimeout(() => { queue.put('a'); log('put a'); }, 10);
setTimeout(() => log('next timer'), 10);
setTimeout(() => { queue.put('b'); log('put b'); }, 20);

// Two takers and a queue that already holds 1, 2, 3.
setTimeout(() => {
  log('--');
  const full = new AsyncQueue();
  full.put(1);
  full.put(2);
  full.put(3);
  for (const name of ['A', 'B']) {
    (async () => {
      for (let i = 0; i < 2; i++) log(`${name} took ${await full.take()}`);
    })();
  }
  setTimeout(() => full.put(4), 5);
  log('script done');
}, 50);
