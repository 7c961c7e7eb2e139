#!/usr/bin/env python3
"""Loads a running "hearsay serve" on loopback and prints what it answered.

  serve-load.py PORT never-read  [CLIENTS] [HOLD_SECONDS]
      CLIENTS (default 32) post 1 MB of dense text ("He said it. " repeated)
      and never read the reply, holding their connections HOLD_SECONDS
      (default 15); meanwhile 6 probes post the same text and read.
  serve-load.py PORT json [CLIENTS]
      CLIENTS (default 256) post at once a 6 MB JSON body whose text is
      1 MB written as \\uXXXX escapes, and read the reply.
  serve-load.py PORT after
      3 requests with a short article, to see that the server still answers.

Prints one line of counts: status codes, how many 503s had Retry-After, and
connections that ended without a reply (EOF or reset). Only 127.0.0.1.
"""
import socket
import sys
import threading
import time
from collections import Counter

HOST = "127.0.0.1"


def request(port, body, ctype, read=True, hold=0.0, timeout=120):
    """Sends one POST /v1/analyze; returns (status or error word, has Retry-After)."""
    s = socket.create_connection((HOST, port), timeout=timeout)
    try:
        head = (
            f"POST /v1/analyze HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode()
        try:
            s.sendall(head + body)
        except OSError:
            pass  # the server may answer (413, 503) before taking the whole body
        if not read:
            time.sleep(hold)
            return "not read", False
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                return ("EOF" if not data else "cut"), False
            data += chunk
        head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        status = head.split(" ", 2)[1]
        retry = any(l.lower().startswith("retry-after:") for l in head.split("\r\n"))
        while s.recv(1 << 20):  # read the rest so the reply is complete
            pass
        return status, retry
    except ConnectionResetError:
        return "reset", False
    except socket.timeout:
        return "timeout", False
    finally:
        s.close()


def run(jobs):
    results = []
    lock = threading.Lock()

    def one(job):
        r = job()
        with lock:
            results.append(r)

    threads = [threading.Thread(target=one, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    return threads, results


def report(name, results):
    c = Counter(r[0] for r in results)
    retry = sum(1 for r in results if r[0] == "503" and r[1])
    parts = ", ".join(f"{k}: {v}" for k, v in sorted(c.items()))
    print(f"{name}: {parts}; 503 with Retry-After: {retry}")


def main():
    port, mode = int(sys.argv[1]), sys.argv[2]
    dense = ("He said it. " * ((1 << 20) // 12)).encode()
    if mode == "never-read":
        clients = int(sys.argv[3]) if len(sys.argv) > 3 else 32
        hold = float(sys.argv[4]) if len(sys.argv) > 4 else 15
        threads, _ = run([lambda: request(port, dense, "text/plain", read=False, hold=hold)] * clients)
        time.sleep(3)
        probes = []
        pt, probes = run([lambda: request(port, dense, "text/plain")] * 6)
        for t in pt:
            t.join()
        report(f"probes during {clients} never-reading clients", probes)
        for t in threads:
            t.join()
    elif mode == "json":
        clients = int(sys.argv[3]) if len(sys.argv) > 3 else 256
        text = "He said it. " * ((1 << 20) // 12)
        body = ('{"id": "j", "text": "' + "".join(f"\\u{ord(ch):04x}" for ch in text) + '"}').encode()
        threads, results = run([lambda: request(port, body, "application/json")] * clients)
        for t in threads:
            t.join()
        report(f"{clients} concurrent {len(body) / 1e6:.1f} MB JSON requests", results)
    elif mode == "after":
        seed = open("testdata/venezuela-strike.txt", "rb").read()
        threads, results = run([lambda: request(port, seed, "text/plain")] * 3)
        for t in threads:
            t.join()
        report("after the load", results)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
