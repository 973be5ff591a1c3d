// Never awaited: the call runs (unlike Python), but its rejection reaches nobody.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

process.on('unhandledRejection', (error) => {
  // without this handler node would stop the program here
  console.log(`  lost: the welcome mail failed with '${error.message}', and nobody looked`);
});

async function sendWelcome(person) {
  await null;
  throw new Error('mail server down');
}

function registerAndForget(person) {
  sendWelcome(person); // its promise is dropped
  return `Registered ${person}`;
}

async function register(person) {
  await sendWelcome(person); // awaited: its failure is ours
  return `Registered ${person}`;
}

async function main() {
  console.log('The mistake: the welcome mail is never awaited');
  console.log(`  ${registerAndForget('Guido van Rossum')}`);
  await sleep(10);
  console.log('The fix: the registration awaits the mail');
  try {
    console.log(`  ${await register('Guido van Rossum')}`);
  } catch (error) {
    console.log(`  registration failed: ${error.message}`);
  }
}

main();
