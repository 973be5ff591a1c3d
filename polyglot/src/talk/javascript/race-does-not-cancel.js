// Promise.race against a timeout settles first, but cancels nothing: the slow greeting still prints.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function greetAfter(ms, person) {
  await sleep(ms);
  console.log(`  Hello ${person}`);
}

async function main() {
  const timeout = sleep(100).then(() => { throw new Error('timeout'); });
  try {
    await Promise.race([greetAfter(300, 'Guido van Rossum'), timeout]);
  } catch (error) {
    console.log('Promise.race gave up after 0.1 s');
  }
  await sleep(400);
  console.log('0.5 s later');
}

main();
