// A promise that rejects and that nobody handles: Node 20 ends the process, with exit status 1.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendWelcome(person) {
  console.log(`  sending the welcome mail to ${person}`);
  await null;
  throw new Error('mail server down');
}

async function main() {
  console.log('A promise created and dropped:');
  sendWelcome('Guido van Rossum'); // runs, rejects, and nobody handles it
  await sleep(10);
  console.log('never printed: the process has ended');
}

main();
