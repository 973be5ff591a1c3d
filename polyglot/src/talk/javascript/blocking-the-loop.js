// find_primes on the event loop delays a 100 ms timer until the search is over; in a worker it does not.
// Usage: node blocking-the-loop.js [limit]
const { Worker } = require('node:worker_threads');
const limit = Number(process.argv[2] ?? 80000);

function countPrimesBelow(limit) {
  let count = 0;
  for (let candidate = 2; candidate < limit; candidate++) {
    let prime = true;
    for (let divisor = 2; divisor <= candidate / 2; divisor++) {
      if (candidate % divisor === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

function inAWorker(limit) {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    ${countPrimesBelow.toString()}
    parentPort.postMessage(countPrimesBelow(workerData));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: limit });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function race(onTheLoop) {
  const fired = new Promise((resolve) => setTimeout(() => {
    console.log('  the 100 ms timer fired');
    resolve();
  }, 100));
  const count = onTheLoop ? countPrimesBelow(limit) : await inAWorker(limit);
  console.log(`  primes below ${limit}: ${count}`);
  await fired;
}

async function main() {
  console.log('The mistake: the prime search runs on the loop');
  await race(true);
  console.log('The fix: the search runs on a worker');
  await race(false);
}

main();
