#!/usr/bin/env bash
# Start Redis and PostgreSQL on 127.0.0.1 if they are down (the tests use the real ones).
set -euo pipefail
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ]; then echo "PostgreSQL is not installed (run make system)" >&2; exit 1; fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
for _ in $(seq 1 100); do
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q; then exit 0; fi
  sleep 0.1
done
echo "Redis or PostgreSQL did not come up on 127.0.0.1" >&2
exit 1
