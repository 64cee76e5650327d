"""gunicorn settings for Clearcare (`make serve`, `make bench`).

Workers are stateless: sessions live in the database, the shared cache in
Redis, so any number of app servers can stand behind a load balancer.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "sync" if threads == 1 else "gthread"
timeout = 30
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
max_requests = 5000
max_requests_jitter = 500
preload_app = True
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# The access log records method, path, status and time only. Never request
# bodies (the checker's answers travel only in POST bodies), never the client
# address, and never the response size: result pages differ in size by answer
# (pregnancy, liver disease), so address and size together could tie a person
# to a result.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '"%(m)s %(U)s" %(s)s %(M)sms'
errorlog = "-"


def when_ready(server):
    """Warm the master once, after it loaded the app and before it forks any worker, so every
    worker (a recycled one too) starts warm (config.warmup)."""
    from config.warmup import warm

    warm()
