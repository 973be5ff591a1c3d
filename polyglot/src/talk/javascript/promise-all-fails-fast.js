// Promise.all rejects as soon as one promise rejects: one failing at 0.1 s beside one succeeding at 2 s.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function failAfter(ms) {
  await sleep(ms);
  throw new Error('posts service is down');
}

async function succeedAfter(ms) {
  await sleep(ms);
  return 'profile';
}

async function main() {
  const began = performance.now();
  try {
    await Promise.all([failAfter(100), succeedAfter(2000)]);
  } catch (error) {
    console.log(`Promise.all failed after ${((performance.now() - began) / 1000).toFixed(2)} s: ${error.message}`);
  }
}

main();
