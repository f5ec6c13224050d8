// Reads {"secret", "headers": {"webhook-id", "webhook-timestamp", "webhook-signature"}, "body"} on stdin and
// verifies it with the Standard Webhooks reference library: prints the parsed payload and exits 0 when the
// signature holds, prints why and exits 1 when it does not.
import { Webhook } from "standardwebhooks";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { secret, headers, body } = JSON.parse(input);
try {
  const payload = new Webhook(secret).verify(body, headers);
  process.stdout.write(JSON.stringify(payload));
} catch (error) {
  process.stdout.write(String(error && error.message ? error.message : error));
  process.exit(1);
}
