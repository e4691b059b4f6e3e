#!/usr/bin/env python3
"""A webhook receiver for the storm benchmark: counts Alertmanager v4 payloads per path and the
distinct group keys and alert fingerprints (alertname+labels) they carried. GET /counts answers
{"<path>": {"notifications": n, "groups": g, "alerts": a}}."""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
seen = {}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            payload = json.loads(body)
            with lock:
                entry = seen.setdefault(self.path, {"notifications": 0, "groups": set(), "alerts": set()})
                entry["notifications"] += 1
                entry["groups"].add(payload.get("groupKey"))
                for alert in payload.get("alerts", []):
                    entry["alerts"].add(json.dumps(alert.get("labels", {}), sort_keys=True))
            self.send_response(200)
        except ValueError:
            self.send_response(400)
        self.end_headers()

    def do_GET(self):
        with lock:
            out = {path: {"notifications": e["notifications"], "groups": len(e["groups"]), "alerts": len(e["alerts"])}
                   for path, e in seen.items()}
        data = json.dumps(out).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
