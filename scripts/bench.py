"""`make bench`: load the site on loopback and print how it holds up (a benchmark, not a test).

gunicorn with 2 workers against PostgreSQL and Redis, 1,000 generated
articles, then wrk (1 thread, 16 connections, 20 s each) on: a static file
(the ceiling), home (cached, and with a random query string that tries to
bypass the cache), an article from the cache; an uncached article (a second
server with the page cache off, once each article's parts and page have been
rendered and kept, with the CPU its workers use a request) and one with
nothing kept (a third server, parts off too); search for a common question
(kept per query) and for a new question each time (with the CPU its
workers use a request); the checker's result
POST, and the content API's article (a random one of the 1,000; and one
whose ETag the client already has, answered 304). Every request asks for
gzip, as browsers do. Prints requests per second, p50 and p99 latency,
errors and each page's ratio to the static file, plus the article page's
weight on the wire and the home page's, and how fast this machine runs a
fixed Python loop (the same kind of machine has run more than twice as slow
from one day to the next: compare figures from runs at the same speed), and
writes all of it, with the date, to docs/bench.json.

Targets: cached article at least 0.8 x the static file's throughput, uncached
at least 0.10 x and at most 5 ms of CPU a request; search p99 under 50 ms, for a
common question and for a new one; checker
result p99 under 50 ms at 16 clients; an API article p99 under 100 ms, and a
304 at least half the static file's throughput; zero errors; the article page 60 KB
or less compressed, all assets included; a random query string on the home
page served at least 0.8 x as fast as the cached home page (it cannot
bypass the cache); the home page 60 KB or less with 1,000 articles, and its
HTML 30 KB or less compressed.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8800
BASE = f"http://127.0.0.1:{PORT}"
#: A second server, the same in all but its page cache (off): the uncached path, with each
#: article's own parts rendered once and kept (education.rendering).
UNCACHED_PORT = 8801
UNCACHED_BASE = f"http://127.0.0.1:{UNCACHED_PORT}"
#: A third with nothing kept at all (page cache and parts off): the first request of every
#: article after a deploy.
COLD_PORT = 8802
COLD_BASE = f"http://127.0.0.1:{COLD_PORT}"
ARTICLES = 1000
DURATION = os.environ.get("BENCH_DURATION", "20s")
ENV = {
    **os.environ,
    "DJANGO_DEBUG": "false",
    "DJANGO_HTTPS": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
    "DATABASE_URL": os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clearcare_bench"
    ),
    "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3"),
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    # One load generator is one client: lift the per-client checker limit for the run.
    "CHECKER_RATE_LIMIT": "0",
    "API_RATE_LIMIT": "0",
    "GUNICORN_BIND": f"127.0.0.1:{PORT}",
    "GUNICORN_WORKERS": "2",
    "GUNICORN_ACCESS_LOG": "",
}


def random_paths(pattern: str, highest: str) -> str:
    """A wrk script that GETs `pattern` ("/articles/generated-%d/") with a random number."""
    return f"""
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("{pattern}", math.random(0, {highest})))
end
"""


LUA = {
    "uncached": random_paths("/articles/generated-%d/", "999"),
    "bypass": random_paths("/?cb=%d", "1e9"),
    "api": random_paths("/api/v1/articles/generated-%d", "999"),
    # A question never asked before, each time (websearch syntax: "cramp or w123"): every
    # request searches and ranks the articles that say cramp.
    "new_search": random_paths("/search/?q=cramp+or+w%d", "1e9"),
    # Counts answers other than 304 (wrk counts every 3xx as an error).
    "not_modified": """
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() unexpected = 0 end
response = function(status) if status ~= 304 then unexpected = unexpected + 1 end end
done = function() io.write(string.format("Unexpected: %d\\n", threads[1]:get("unexpected"))) end
""",
    "checker": """
wrk.method = "POST"
wrk.body = "area=calf&signs=frequent&groups=older-adult&clues=at-night"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
""",
}


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True)


def prepare() -> None:
    subprocess.run([sys.executable, "scripts/createdb.py"], cwd=ROOT, env=ENV, check=True)
    manage("flush", "--noinput")
    manage("migrate", "--noinput", "-v0")
    manage("seed")
    manage("generate_articles", str(ARTICLES))
    # The planner's statistics, as autovacuum keeps them on a site that has this many articles.
    manage(
        "shell", "-c", "from django.db import connection; connection.cursor().execute('ANALYZE')"
    )
    manage("collectstatic", "--noinput", "-v0")
    import redis

    redis.Redis.from_url(ENV["REDIS_URL"]).flushdb()


def fetch(path: str, gzip_ok: bool = False) -> tuple[bytes, dict]:
    request = urllib.request.Request(
        BASE + path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read(), dict(response.headers)


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def wrk(
    name: str, path: str, lua: str | None = None, base: str = BASE, expected: int = 200
) -> dict:
    """Load `path` for DURATION; errors are socket errors and answers other than `expected`
    (for 304, the script's own count: see LUA["not_modified"])."""
    # One wrk thread: on two cores, every core wrk takes is one the server loses.
    # Every browser asks for compressed pages; so does the load.
    args = ["wrk", "-t1", "-c16", f"-d{DURATION}", "--latency", "--timeout", "5s"]
    args += ["-H", "Accept-Encoding: gzip"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        if lua:
            script.write(lua)
    if lua:
        args += ["-s", script.name]
    output = subprocess.run([*args, base + path], capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    non_2xx = re.search(
        r"Non-2xx or 3xx responses: (\d+)" if expected == 200 else r"Unexpected: (\d+)", output
    )
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "page": name,
        "path": path,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": round(to_ms(latency["50"]), 2),
        "p99_ms": round(to_ms(latency["99"]), 2),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(map(int, socket.groups())) if socket else 0),
    }


def cpu_seconds(master: subprocess.Popen) -> float:
    """The CPU time (user and system) the server's worker processes have used so far, those
    gunicorn has recycled (max_requests) included: the master has reaped them, and their
    time is its children's."""
    tick = os.sysconf("SC_CLK_TCK")
    used = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a process that ended meanwhile
        if int(fields[1]) == master.pid:  # the parent's pid: a worker of this server
            used += (int(fields[11]) + int(fields[12])) / tick
        elif stat.parent.name == str(master.pid):  # the master: its reaped children's time
            used += (int(fields[13]) + int(fields[14])) / tick
    return used


def wrk_with_cpu(server: subprocess.Popen, *args, **kwargs) -> tuple[dict, float]:
    """Run wrk(*args, **kwargs); return its result and the CPU `server`'s workers used a
    request meanwhile, in ms."""
    before = cpu_seconds(server)
    result = wrk(*args, **kwargs)
    return result, 1000 * (cpu_seconds(server) - before) / result["requests"]


def reference_ms() -> float:
    """How fast this machine runs Python: the best of five runs of a fixed loop, in ms.
    Machines of the same kind have differed by more than two times; this says which kind
    of run a set of figures came from."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        total = 0
        for n in range(2_000_000):
            total += n
        best = min(best, time.perf_counter() - start)
    return 1000 * best


def warm(base: str, paths: list[str]) -> None:
    """Request each path once (four at a time), as readers would after a publish."""
    from concurrent.futures import ThreadPoolExecutor

    def get(path: str) -> None:
        urllib.request.urlopen(base + path, timeout=30).read()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(get, paths))


def page_weight(path: str) -> dict:
    """Return the bytes on the wire (compressed) of the page's HTML and every stylesheet and
    script it loads."""
    html, _ = fetch(path)
    wire, headers = fetch(path, gzip_ok=True)
    if headers.get("Content-Encoding") != "gzip":
        raise RuntimeError(f"{path} is not served compressed")
    weight = {"html": len(wire)}
    for asset in re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html):
        body, headers = fetch(asset.decode(), gzip_ok=True)
        if headers.get("Content-Encoding") != "gzip":
            raise RuntimeError(f"{asset} is not served compressed")
        weight[asset.decode()] = len(body)
    weight["total"] = sum(weight.values())
    return weight


def start_server(port: int, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "-c", "config/gunicorn.py"],
        cwd=ROOT,
        env={**ENV, "GUNICORN_BIND": f"127.0.0.1:{port}", **env},
        stderr=subprocess.DEVNULL,
    )


def main() -> int:
    speed = reference_ms()
    prepare()
    server = start_server(PORT)
    uncached = start_server(UNCACHED_PORT, PAGE_CACHE_SECONDS="0")
    cold = start_server(COLD_PORT, PAGE_CACHE_SECONDS="0", PARTS_CACHE_SECONDS="0")
    try:
        for _ in range(100):
            try:
                for base in (BASE, UNCACHED_BASE, COLD_BASE):
                    urllib.request.urlopen(base + "/healthz", timeout=10).read()
                break
            except OSError:
                time.sleep(0.2)
        home, _ = fetch("/")
        static = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', home).group(1).decode()
        fetch("/articles/muscle-spasms/")  # warm the page cache
        api_etag = fetch("/api/v1/articles/muscle-spasms")[1]["ETag"]
        results = [
            wrk("static file", static),
            wrk(f"home ({ARTICLES} articles)", "/"),
            wrk("home, ?cb=random", "/", LUA["bypass"]),
            wrk("article (cached)", "/articles/muscle-spasms/"),
        ]
        # Each article's parts are rendered on its first request and kept: render them all
        # first, then measure the page cache's misses as a site that has been up a while has
        # them (the next row measures a site with nothing kept).
        warm(UNCACHED_BASE, [f"/articles/generated-{n}/" for n in range(ARTICLES)])
        row, cpu_ms = wrk_with_cpu(
            uncached, "article (uncached)", "/articles/", LUA["uncached"], base=UNCACHED_BASE
        )
        results += [
            row,
            wrk("article (nothing kept)", "/articles/", LUA["uncached"], base=COLD_BASE),
            wrk("search", "/search/?q=cramp"),
        ]
        row, search_cpu_ms = wrk_with_cpu(
            server, "search, a new query each time", "/search/", LUA["new_search"]
        )
        results += [
            row,
            wrk("checker result POST", "/check/result/", LUA["checker"]),
            wrk("API article", "/api/v1/articles/", LUA["api"]),
            wrk(
                "API article, ETag matches",
                "/api/v1/articles/muscle-spasms",
                f'wrk.headers["If-None-Match"] = {json.dumps(api_etag)}\n' + LUA["not_modified"],
                expected=304,
            ),
        ]
        weight = page_weight("/articles/muscle-spasms/")
        home_bytes = len(fetch("/")[0])
        home_wire = len(fetch("/", gzip_ok=True)[0])
    finally:
        for process in (server, uncached, cold):
            process.terminate()
            process.wait(timeout=20)

    ceiling = results[0]["rps"]
    for result in results:
        result["ratio_to_static"] = round(result["rps"] / ceiling, 3)
    by_name = {r["page"]: r for r in results}
    targets = {
        "cached article >= 0.8 x static": by_name["article (cached)"]["ratio_to_static"] >= 0.8,
        "uncached article >= 0.10 x static": (
            by_name["article (uncached)"]["ratio_to_static"] >= 0.10
        ),
        "uncached article <= 5 ms of CPU a request": cpu_ms <= 5,
        "search p99 < 50 ms": by_name["search"]["p99_ms"] < 50,
        "search, a new query each time, p99 < 50 ms": (
            by_name["search, a new query each time"]["p99_ms"] < 50
        ),
        "checker result p99 < 50 ms": by_name["checker result POST"]["p99_ms"] < 50,
        "API article p99 < 100 ms": by_name["API article"]["p99_ms"] < 100,
        "a matching ETag (304) >= 0.5 x static": (
            by_name["API article, ETag matches"]["ratio_to_static"] >= 0.5
        ),
        "zero errors": all(r["errors"] == 0 for r in results),
        "article page <= 60 KB compressed": weight["total"] <= 60 * 1024,
        "a query string does not bypass the cache (>= 0.8 x cached home)": (
            by_name["home, ?cb=random"]["rps"]
            >= 0.8 * by_name[f"home ({ARTICLES} articles)"]["rps"]
        ),
        "home page <= 60 KB uncompressed with 1,000 articles": home_bytes <= 60 * 1024,
        "home page HTML <= 30 KB compressed with 1,000 articles": home_wire <= 30 * 1024,
    }
    print(f"\n{'page':<30}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}{'x static':>10}")
    for r in results:
        print(
            f"{r['page']:<30}{r['rps']:>10.0f}{r['p50_ms']:>10.2f}{r['p99_ms']:>10.2f}{r['errors']:>8}"
            f"{r['ratio_to_static']:>10.2f}"
        )
    print(
        f"\nArticle page weight on the wire: {weight['total'] / 1024:.1f} KB "
        f"(HTML {weight['html'] / 1024:.1f} KB compressed; assets {', '.join(f'{k}: {v} B' for k, v in weight.items() if k.startswith('/'))})"
    )
    print(f"Home page HTML: {home_bytes / 1024:.1f} KB, {home_wire / 1024:.1f} KB compressed")
    print(f"Uncached article: {cpu_ms:.2f} ms of CPU a request in the app's workers")
    print(f"Search, a new query each time: {search_cpu_ms:.2f} ms of CPU a request in the workers")
    print(f"This machine runs the reference loop in {speed:.0f} ms (less is faster)")
    for target, met in targets.items():
        print(f"{'met' if met else 'MISSED':>7}  {target}")
    out = ROOT / "docs" / "bench.json"
    out.write_text(
        json.dumps(
            {
                "machine": f"{os.cpu_count()} cores; gunicorn 2 sync workers, PostgreSQL, Redis; wrk -t1 -c16 -d{DURATION}",
                "results": results,
                "article_page_weight_bytes": weight,
                "home_page_bytes": home_bytes,
                "home_page_wire_bytes": home_wire,
                "uncached_article_cpu_ms": round(cpu_ms, 2),
                "new_search_cpu_ms": round(search_cpu_ms, 2),
                "reference_loop_ms": round(speed),
                "measured": datetime.date.today().isoformat(),
                "targets": targets,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"\nWritten to {out.relative_to(ROOT)}")
    return 0 if all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
