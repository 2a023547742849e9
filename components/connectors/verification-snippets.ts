// Ready-to-paste receiver code for the connector's signing secret, one per language, each with the official
// Standard Webhooks library of that language (and openssl for the shell). The secret is read from the environment
// (SWITCHBOARD_SECRET), never written into the snippet: a pasted snippet must not leak it into a repository.
import { OPENSSL_HMAC_BASE64, OPENSSL_KEY_HEX_LINES } from "./shell-quote";

export interface VerificationSnippet {
  id: string;
  label: string;
  /** Where it comes from, shown above the code. */
  library: string;
  code: string;
}

/** The headers every signed delivery carries; their names are public, the secret is not. */
export const SIGNATURE_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;

const node = `// npm install standardwebhooks
// SWITCHBOARD_SECRET=whsec_… node receiver.mjs
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.SWITCHBOARD_SECRET);

createServer(async (req, res) => {
  // Verify the raw bytes, before any JSON parsing.
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString("utf8");
  try {
    // Checks webhook-id, webhook-timestamp (±5 min) and
    // webhook-signature; returns the parsed JSON body.
    const payload = webhook.verify(body, req.headers);
    console.log("verified", payload);
    res.writeHead(204).end();
  } catch {
    res.writeHead(401).end("invalid signature");
  }
}).listen(process.env.PORT ?? 3000);
`;

const python = `# pip install standardwebhooks flask
import os

from flask import Flask, request
from standardwebhooks import Webhook, WebhookVerificationError

app = Flask(__name__)
webhook = Webhook(os.environ["SWITCHBOARD_SECRET"])


@app.post("/webhooks/switchboard")
def switchboard():
    try:
        # The raw body: the signature covers the exact bytes.
        payload = webhook.verify(request.get_data(), dict(request.headers))
    except WebhookVerificationError:
        return "invalid signature", 401
    print("verified", payload)
    return "", 204
`;

const go = `// go get github.com/standard-webhooks/standard-webhooks/libraries
package main

import (
	"io"
	"log"
	"net/http"
	"os"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

func main() {
	wh, err := standardwebhooks.NewWebhook(os.Getenv("SWITCHBOARD_SECRET"))
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("POST /webhooks/switchboard", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "unreadable body", http.StatusBadRequest)
			return
		}
		if err := wh.Verify(body, r.Header); err != nil {
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		log.Printf("verified %s", body)
		w.WriteHeader(http.StatusNoContent)
	})
	log.Fatal(http.ListenAndServe(":3000", nil))
}
`;

const php = `<?php
// composer require standard-webhooks/standard-webhooks
require __DIR__ . '/vendor/autoload.php';

use StandardWebhooks\\Exception\\WebhookVerificationException;
use StandardWebhooks\\Webhook;

$webhook = new Webhook(getenv('SWITCHBOARD_SECRET'));
// The raw body: the signature covers the exact bytes.
$body = file_get_contents('php://input');
// verify() looks the headers up by their lower-case names.
$headers = array_change_key_case(getallheaders(), CASE_LOWER);

try {
    $payload = $webhook->verify($body, $headers);
} catch (WebhookVerificationException $e) {
    http_response_code(401);
    exit('invalid signature');
}
error_log('verified ' . json_encode($payload));
http_response_code(204);
`;

const ruby = `# Gemfile: gem "standardwebhooks"
require "standardwebhooks"

class SwitchboardWebhooksController < ActionController::API
  WEBHOOK = StandardWebhooks::Webhook.new(ENV.fetch("SWITCHBOARD_SECRET"))

  def create
    # The raw body: the signature covers the exact bytes.
    payload = WEBHOOK.verify(request.raw_post, {
      "webhook-id" => request.headers["webhook-id"],
      "webhook-timestamp" => request.headers["webhook-timestamp"],
      "webhook-signature" => request.headers["webhook-signature"],
    })
    Rails.logger.info("verified #{payload}")
    head :no_content
  rescue StandardWebhooks::WebhookVerificationError
    head :unauthorized
  end
end
`;

/** Runs as written: the values come from the environment and body.txt (tests/api/verification-snippets.test.ts). */
const openssl = `# export SWITCHBOARD_SECRET='whsec_…' first (the secret above).
# The HMAC key: the base64 after "whsec_", as hex for openssl.
${OPENSSL_KEY_HEX_LINES.join("\n")}

# 1. Check a delivery by hand: export the webhook-id and webhook-timestamp
# it carried and save its raw body, exactly as received, as body.txt:
#   export WEBHOOK_ID='msg_…' WEBHOOK_TIMESTAMP='1732960000'
{ printf '%s.%s.' "$WEBHOOK_ID" "$WEBHOOK_TIMESTAMP"; cat body.txt; } \\
  | ${OPENSSL_HMAC_BASE64.replace(" | ", " \\\n  | ")} \\
  | sed 's/^/v1,/'; echo
# One of the space-separated values in webhook-signature must equal
# the line printed; refuse timestamps more than 5 minutes off.

# 2. Send your receiver a correctly signed test request:
RECEIVER_URL='http://localhost:3000/webhooks/switchboard'
BODY='{"type":"switchboard.test"}'
WEBHOOK_ID="msg_test_$(date +%s)"
WEBHOOK_TIMESTAMP=$(date +%s)
WEBHOOK_SIGNATURE="v1,$(printf '%s' "$WEBHOOK_ID.$WEBHOOK_TIMESTAMP.$BODY" \\
  | ${OPENSSL_HMAC_BASE64.replace(" | ", " \\\n  | ")})"
curl -X POST "$RECEIVER_URL" \\
  -H 'Content-Type: application/json' \\
  -H "webhook-id: $WEBHOOK_ID" \\
  -H "webhook-timestamp: $WEBHOOK_TIMESTAMP" \\
  -H "webhook-signature: $WEBHOOK_SIGNATURE" \\
  --data-raw "$BODY"
`;

export const verificationSnippets: VerificationSnippet[] = [
  { id: "node", label: "Node", library: "npm standardwebhooks", code: node },
  { id: "python", label: "Python", library: "PyPI standardwebhooks", code: python },
  { id: "go", label: "Go", library: "github.com/standard-webhooks/standard-webhooks/libraries/go", code: go },
  { id: "php", label: "PHP", library: "Composer standard-webhooks/standard-webhooks", code: php },
  { id: "ruby", label: "Ruby", library: "RubyGems standardwebhooks", code: ruby },
  { id: "openssl", label: "cURL + openssl", library: "openssl and curl, nothing to install", code: openssl },
];
