#!/usr/bin/env python3
"""An example subscriber of the participatie-suite's notifications (Python 3, standard library only).

It accepts each delivery (POST, a CloudEvent in JSON), checks its signature -- HMAC-SHA256 over the exact body bytes
with the abonnement's secret, in the header Notificatie-Handtekening as sha256=<hex> -- and refuses a delivery whose
signature is wrong (401: the dispatcher retries it, and parks it after 24 hours). Deliveries come at least once: it
skips an event id it has seen. It prints each new event as one JSON line (or appends it to --uit).

    python3 docs/voorbeeld-ontvanger.py --poort 9000 --geheim "$GEHEIM" [--uit events.jsonl]

In production the callback URL must be https: put this behind your TLS-terminating proxy.
"""
import argparse
import hashlib
import hmac
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def handtekening_klopt(body: bytes, geheim: str, header: str) -> bool:
    verwacht = "sha256=" + hmac.new(geheim.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return header is not None and hmac.compare_digest(verwacht, header.strip())


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--poort", type=int, default=9000)
    args.add_argument("--geheim", required=True, help="the secret given when the abonnement was made")
    args.add_argument("--uit", help="append each new event to this file (JSON lines) instead of printing it")
    opties = args.parse_args()
    gezien = set()

    class Ontvanger(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if not handtekening_klopt(body, opties.geheim, self.headers.get("Notificatie-Handtekening")):
                self.send_response(401)
                self.end_headers()
                return
            event = json.loads(body)
            if event["id"] not in gezien:  # at least once: the same event may come again
                gezien.add(event["id"])
                regel = json.dumps(event, ensure_ascii=False)
                if opties.uit:
                    with open(opties.uit, "a", encoding="utf-8") as uit:
                        uit.write(regel + "\n")
                else:
                    print(regel, flush=True)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):  # quiet: the events are the output
            pass

    print(f"listening on http://0.0.0.0:{opties.poort}/", file=sys.stderr, flush=True)
    ThreadingHTTPServer(("0.0.0.0", opties.poort), Ontvanger).serve_forever()


if __name__ == "__main__":
    main()
