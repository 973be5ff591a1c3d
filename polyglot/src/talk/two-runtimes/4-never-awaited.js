// An async function called without await still runs: the mail is sent.
const log = (s) => console.log(s);
async function sendMail() {
  log('mail sent');
}
async function main() {
  sendMail();
  log('main ends');
}
main();
