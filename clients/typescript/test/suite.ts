// Where the running suite is, and real tokens from its Keycloak, for the journey tests.
import { readFileSync } from 'node:fs';

export const gateway = process.env.BOUSSOLE_GATEWAY_URL ?? 'http://localhost:8080';
const keycloak = process.env.BOUSSOLE_KEYCLOAK_URL ?? 'http://localhost:8180';

async function grant(fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${keycloak}/realms/boussole/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  if (!response.ok) {
    throw new Error(`no token for ${fields.username ?? fields.client_id}: ${response.status}`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A demo user's token (password grant of the CLI client). */
export const userToken = (username: string) =>
  grant({ grant_type: 'password', client_id: 'boussole-cli', username, password: 'boussole-demo' });

/** A CRM's service account token (client credentials). */
export const crmToken = (clientId: string, secret: string) =>
  grant({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });

/** The answers of a small shop near Lyon to every question (the suite's shared fixture). */
export function shopNearLyon(): Record<string, unknown> {
  const fixtures = process.env.BOUSSOLE_FIXTURES;
  if (!fixtures) {
    throw new Error('BOUSSOLE_FIXTURES names the folder of the suite\'s fixtures');
  }
  return JSON.parse(readFileSync(`${fixtures}/shop-near-lyon.json`, 'utf8'));
}
