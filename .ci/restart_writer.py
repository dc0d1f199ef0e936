#!/usr/bin/env python3
"""The write stream of .ci/restart-test: a few clients that POST initiatieven to the registry-service without pause and
record every acknowledged write (201 with its id), the way a front-end behind a Kubernetes Service would call it.

  restart_writer.py write BASE_URL TOKEN WORKDIR   until WORKDIR/stop exists; acknowledged ids in WORKDIR/acked
  restart_writer.py verify BASE_URL TOKEN WORKDIR  GETs every acknowledged id; fails on any that is missing

The mode in WORKDIR/mode says what a lost answer means:
  graceful  the service may be stopping with SIGTERM: a request it accepted must be answered, so a connection that
            was opened and then closed without an answer is a FAILURE. Like a load balancer, the clients send nothing
            new while /q/health/ready is not UP; a refused connection or a 503 is retried (nothing was written).
  kill      the service may be killed (kill -9): a request in flight gets no answer; it was not acknowledged, so it is
            not counted, and the client goes on.
  pause     send nothing (the test checks the service with the database down).
Every other answer than 201 or 503 is a failure. A summary goes to stdout; exit 1 on any failure.
"""
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

CLIENTS = 4


class Stream:
    def __init__(self, base, token, workdir):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.path = url.hostname, url.port, url.path
        self.token = token
        self.workdir = workdir
        self.lock = threading.Lock()
        self.acked = open(os.path.join(workdir, "acked"), "a", encoding="utf-8")
        self.failures = []
        self.counts = {"acknowledged": 0, "refused": 0, "unavailable503": 0, "lostOnKill": 0}
        self.ready = False
        self.sequence = 0

    def mode(self):
        try:
            with open(os.path.join(self.workdir, "mode"), encoding="utf-8") as f:
                return f.read().strip()
        except FileNotFoundError:
            return "graceful"

    def stopped(self):
        return os.path.exists(os.path.join(self.workdir, "stop"))

    def count(self, what):
        with self.lock:
            self.counts[what] += 1

    def fail(self, message):
        with self.lock:
            self.failures.append(message)
        print("FAILURE: " + message, file=sys.stderr, flush=True)

    def watch_readiness(self):
        """What a load balancer sees: the service gets traffic only while its readiness is UP."""
        while not self.stopped():
            connection = http.client.HTTPConnection(self.host, self.port, timeout=5)
            try:
                connection.request("GET", "/q/health/ready")
                self.ready = connection.getresponse().status == 200
            except OSError:
                self.ready = False
            finally:
                connection.close()
            time.sleep(0.1)

    def body(self):
        with self.lock:
            self.sequence += 1
            n = self.sequence
        return json.dumps({
            "gemeente": "GM0214", "titel": "Herstarttest %d-%d" % (os.getpid(), n),
            "doel": "Laten zien dat geen bevestigde schrijfactie verloren gaat",
            "activiteit": "Een stroom schrijfacties tijdens het herstarten van de dienst", "kernIds": [],
            "schaal": "DORP_WIJK", "initiatiefnemer": {"type": "ORGANISATIE", "naam": "Stichting Herstarttest"}})

    def client(self):
        while not self.stopped():
            mode = self.mode()
            if mode == "pause" or not self.ready:
                time.sleep(0.05)
                continue
            self.write_once()

    def write_once(self):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            try:
                connection.connect()
            except OSError:
                self.count("refused")  # nothing was sent: the client tries again
                time.sleep(0.1)
                return
            try:
                connection.request("POST", self.path + "/initiatieven", body=self.body(), headers={
                    "Authorization": "Bearer " + self.token, "Content-Type": "application/json",
                    "Accept": "application/json, application/problem+json", "Connection": "close"})
                response = connection.getresponse()
                answer = response.read()
            except OSError as e:  # includes http.client.RemoteDisconnected
                if self.mode() == "kill":
                    self.count("lostOnKill")
                else:
                    self.fail("an accepted request got no answer while the service was stopping (%s: %s)"
                              % (type(e).__name__, e))
                return
            if response.status == 201:
                identifier = json.loads(answer)["id"]
                with self.lock:
                    self.acked.write(identifier + "\n")
                    self.acked.flush()
                    self.counts["acknowledged"] += 1
            elif response.status == 503:
                self.count("unavailable503")  # stopping: nothing written, the client tries again
                time.sleep(0.1)
            else:
                self.fail("POST /initiatieven answered %d: %s" % (response.status, answer[:300]))
        finally:
            connection.close()

    def run(self):
        watcher = threading.Thread(target=self.watch_readiness, daemon=True)
        watcher.start()
        clients = [threading.Thread(target=self.client) for _ in range(CLIENTS)]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        self.acked.close()
        print(json.dumps({"counts": self.counts, "failures": self.failures}), flush=True)
        return 1 if self.failures else 0


def verify(base, token, workdir):
    url = urllib.parse.urlsplit(base)
    with open(os.path.join(workdir, "acked"), encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    if len(set(ids)) != len(ids):
        print("FAILURE: the same id was acknowledged twice", file=sys.stderr)
        return 1
    missing = []
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    for identifier in ids:
        connection.request("GET", url.path + "/initiatieven/" + identifier,
                           headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200 or json.loads(body).get("id") != identifier:
            missing.append("%s (%d)" % (identifier, response.status))
    connection.close()
    if missing:
        print("FAILURE: %d of %d acknowledged writes are missing: %s"
              % (len(missing), len(ids), ", ".join(missing[:20])), file=sys.stderr)
        return 1
    print("all %d acknowledged writes are there" % len(ids))
    return 0


if __name__ == "__main__":
    command, base, token, workdir = sys.argv[1:5]
    sys.exit(Stream(base, token, workdir).run() if command == "write" else verify(base, token, workdir))
