#!/usr/bin/env python3
"""Time from POST /api/requests to the confirmation mail in the SMTP receiver's Maildir.

Runs against a service started with ./scripts/run.sh (Web, Worker and the Maildir receiver are
separate processes, as in production). Sends the requests one after another so each latency is
that of a single mail, and prints the median and the 95th percentile.

    /usr/bin/python3 bench/mail-latency.py [--count 50] [--url http://127.0.0.1:5080] [--maildir .local/mail]
"""
import argparse, json, os, random, statistics, time, urllib.request, uuid

def bsn():
    while True:
        d = [random.randint(1, 9)] + [random.randint(0, 9) for _ in range(7)]
        last = sum((9 - i) * x for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))

def body(municipality, year, email):
    return {
        "municipality": municipality, "year": year, "submittedBy": "recipient",
        "recipient": {"name": f"Bench {uuid.uuid4().hex[:8]}", "bsn": bsn(), "birthDate": "1941-05-17",
                      "postcode": "1211 AB", "houseNumber": str(random.randint(1, 99999)), "email": email},
        "caregivers": [{"name": "Anna", "birthDate": "1968-02-01", "iban": "NL91ABNA0417164300", "consentToContact": False}],
    }

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=50)
    p.add_argument("--url", default="http://127.0.0.1:5080")
    p.add_argument("--maildir", default=".local/mail")
    p.add_argument("--municipality", default="GM0402")
    p.add_argument("--year", type=int, default=time.gmtime().tm_year)
    a = p.parse_args()
    new = os.path.join(a.maildir, "new")
    latencies = []
    for _ in range(a.count):
        email = f"{uuid.uuid4().hex}@bench.example.org"
        request = urllib.request.Request(a.url + "/api/requests", json.dumps(body(a.municipality, a.year, email)).encode(),
                                         {"Content-Type": "application/json"})
        before = set(os.listdir(new))
        start = time.monotonic()
        with urllib.request.urlopen(request) as response:
            assert response.status == 201, response.status
        while True:
            arrived = [f for f in set(os.listdir(new)) - before
                       if email in open(os.path.join(new, f), errors="replace").read()]
            if arrived:
                latencies.append((time.monotonic() - start) * 1000)
                break
            if time.monotonic() - start > 30:
                raise SystemExit(f"no mail for {email} within 30 s")
            time.sleep(0.005)
    latencies.sort()
    print(f"requests: {a.count}")
    print(f"request to mail in the inbox, median: {statistics.median(latencies):.0f} ms")
    print(f"95th percentile: {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms, max: {latencies[-1]:.0f} ms")

if __name__ == "__main__":
    main()
