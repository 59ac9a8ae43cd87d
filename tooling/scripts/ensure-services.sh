#!/usr/bin/env bash
# Make sure the local PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) are up; start them if they are down.
# On a node-svc machine both come installed; elsewhere (Debian, as root) they are installed from Debian's packages.
set -euo pipefail

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; }
need_apt=()

if ! command -v pg_ctlcluster >/dev/null 2>&1; then need_apt+=(postgresql); fi
if ! command -v redis-server >/dev/null 2>&1; then need_apt+=(redis-server); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "ensure-services: installing ${need_apt[*]} from Debian's packages" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! pg_up; then
  echo "ensure-services: PostgreSQL is down at 127.0.0.1:5432; starting it" >&2
  for v in $(ls /etc/postgresql); do pg_ctlcluster --skip-systemctl-redirect "$v" main start || true; done
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
if ! redis_up; then
  echo "ensure-services: Redis is down at 127.0.0.1:6379; starting it" >&2
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis_up && break; sleep 1; done
fi

pg_up || { echo "ensure-services: PostgreSQL did not come up at 127.0.0.1:5432" >&2; exit 1; }
redis_up || { echo "ensure-services: Redis did not come up at 127.0.0.1:6379" >&2; exit 1; }
echo "ensure-services: PostgreSQL 127.0.0.1:5432 and Redis 127.0.0.1:6379 are up" >&2
