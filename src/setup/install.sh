#!/usr/bin/env bash
# Makes this machine ready for Foresight: PostgreSQL (+ pgvector), Redis, the databases.
# Shared by `./foresight up` and `.ci/run`. Idempotent: when everything is present it only checks
# (about a second). Installs from Debian's packages; builds pgvector from Debian's source only
# when the release has no package for the installed PostgreSQL (bookworm has none).
#
#   src/setup/install.sh [--with-browser] [--with-peers] [--fresh-test-db]
#     --with-browser   also install Chromium and ChromeDriver (the console's browser test)
#     --with-peers     also install Prometheus, Alertmanager and node exporter (the peer tests
#                      start their own on ephemeral ports; any daemon Debian starts is not used)
#     --fresh-test-db  drop and recreate foresight_test (CI: suites assert on what they wrote)
#
# Environment: FORESIGHT_DB_HOST/PORT/USER (default 127.0.0.1/5432/postgres), FORESIGHT_REDIS_URL.
# When PostgreSQL refuses the passwordless user over TCP (a stock Debian install asks for a
# password), a role `foresight` is created with a generated password, kept in
# $FORESIGHT_STATE_DIR/db.env (mode 600), which the launcher loads; no secret is put on a command line.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${FORESIGHT_STATE_DIR:-$ROOT/.foresight}"
WITH_BROWSER=0
WITH_PEERS=0
FRESH_TEST_DB=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) WITH_BROWSER=1 ;;
    --with-peers) WITH_PEERS=1 ;;
    --fresh-test-db) FRESH_TEST_DB=1 ;;
    *) echo "install.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

DB_HOST="${FORESIGHT_DB_HOST:-127.0.0.1}"
DB_PORT="${FORESIGHT_DB_PORT:-5432}"
DATABASES=(foresight foresight_test foresight_e2e)
STEPS=$((6 + WITH_BROWSER + WITH_PEERS))
STEP=0
APT_UPDATED=0

step() { STEP=$((STEP + 1)); printf '[%d/%d] %s\n' "$STEP" "$STEPS" "$*"; }
note() { printf '      %s\n' "$*"; }
fail() {
  printf 'setup failed: %s\n' "$1" >&2
  [[ -n "${2:-}" ]] && printf '  fix: %s\n' "$2" >&2
  exit 1
}

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else fail "'$*' needs root" "run ./foresight up as root, or install sudo"
  fi
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if (( ! APT_UPDATED )); then
    note "apt-get update"
    as_root apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update failed" "check the network and /etc/apt/sources.list"
    APT_UPDATED=1
  fi
  note "apt-get install $*"
  as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >/dev/null \
    || fail "apt-get install $* failed" "run 'apt-get install $*' to see why"
}

wait_for() { # seconds, command...
  local limit="$1"; shift
  for _ in $(seq 1 "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  return 1
}

pg_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -1; }

# --- PostgreSQL -----------------------------------------------------------------------------
step "PostgreSQL"
if ! command -v pg_ctlcluster >/dev/null || [[ -z "$(pg_version)" ]]; then
  apt_install postgresql postgresql-contrib
fi
PG="$(pg_version)"
[[ -n "$PG" ]] || fail "no PostgreSQL cluster under /etc/postgresql" "pg_createcluster --start 15 main"
if ! pg_isready -q -h "$DB_HOST" -p "$DB_PORT"; then
  note "starting cluster $PG/main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG" main start 2>/dev/null || true
  wait_for 30 pg_isready -q -h "$DB_HOST" -p "$DB_PORT" \
    || fail "PostgreSQL $PG is not answering on $DB_HOST:$DB_PORT" "see /var/log/postgresql/postgresql-$PG-main.log"
fi
note "PostgreSQL $PG answering on $DB_HOST:$DB_PORT"

# psql as the cluster's superuser through the local socket (works on a stock install).
pg_super() { as_root su postgres -s /bin/sh -c "psql -X -q -v ON_ERROR_STOP=1 $*"; }

DB_USER="${FORESIGHT_DB_USER:-postgres}"
if [[ -f "$STATE/db.env" ]]; then
  # shellcheck disable=SC1091
  source "$STATE/db.env"
  DB_USER="$FORESIGHT_DB_USER"
fi
tcp_psql() { PGPASSWORD="${FORESIGHT_DB_PASSWORD:-}" psql -X -q -w -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$@"; }
if ! tcp_psql -tAc 'SELECT 1' postgres >/dev/null 2>&1; then
  note "user '$DB_USER' cannot log in over TCP without a password: creating role 'foresight'"
  mkdir -p "$STATE"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='foresight') THEN CREATE ROLE foresight LOGIN CREATEDB; END IF; END\$\$;\nALTER ROLE foresight PASSWORD '%s';\n" "$password" \
    | pg_super -d postgres -f - || fail "could not create role foresight" "check 'su postgres -c psql' works"
  (umask 077; printf 'export FORESIGHT_DB_USER=foresight\nexport FORESIGHT_DB_PASSWORD=%s\n' "$password" >"$STATE/db.env")
  # shellcheck disable=SC1091
  source "$STATE/db.env"
  DB_USER=foresight
  tcp_psql -tAc 'SELECT 1' postgres >/dev/null \
    || fail "role foresight cannot log in on $DB_HOST:$DB_PORT" "allow it in /etc/postgresql/$PG/main/pg_hba.conf (scram-sha-256 for 127.0.0.1/32)"
  note "credentials kept in $STATE/db.env (mode 600)"
fi

# Autovacuum, PostgreSQL's default, which some images turn off: a repeated alert is an update,
# and without vacuum the dead rows pile up until every intake slows (at 100 alerts per request
# the alert storm ran 6 times slower without it).
if [[ "$(tcp_psql -tAc 'SHOW autovacuum' postgres 2>/dev/null)" == "off" ]]; then
  note "autovacuum is off: turning it on (ALTER SYSTEM, reload)"
  pg_super -d postgres -c "'ALTER SYSTEM SET autovacuum = on'" -c "'SELECT pg_reload_conf()'" >/dev/null \
    || fail "could not turn autovacuum on" "run ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf(); as a superuser"
fi

# --- pgvector -------------------------------------------------------------------------------
step "pgvector"
if [[ -f "/usr/share/postgresql/$PG/extension/vector.control" ]]; then
  note "already installed"
else
  export DEBIAN_FRONTEND=noninteractive
  (( APT_UPDATED )) || { as_root apt-get -o DPkg::Lock::Timeout=600 update -qq; APT_UPDATED=1; }
  if apt-cache show "postgresql-$PG-pgvector" >/dev/null 2>&1; then
    apt_install "postgresql-$PG-pgvector"
  else
    note "Debian has no postgresql-$PG-pgvector package: building pgvector from Debian's source (about a minute)"
    apt_install "postgresql-server-dev-$PG" make gcc dpkg-dev
    src_list=/etc/apt/sources.list.d/foresight-pgvector-src.sources
    if [[ ! -f "$src_list" ]]; then
      as_root tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
      as_root apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update with Debian's source index failed" "check access to deb.debian.org"
    fi
    build="$(mktemp -d)"
    (cd "$build" && apt-get source --download-only pgvector >/dev/null 2>&1) \
      || fail "could not download pgvector's source" "apt-get source --download-only pgvector (needs $src_list)"
    (cd "$build" && tar xzf pgvector_*.orig.tar.gz && cd pgvector-*/ \
      && make -s OPTFLAGS="" PG_CONFIG="/usr/lib/postgresql/$PG/bin/pg_config" >/dev/null \
      && as_root make -s install PG_CONFIG="/usr/lib/postgresql/$PG/bin/pg_config" >/dev/null) \
      || fail "building pgvector failed" "see the compiler output in $build"
    rm -rf "$build"
  fi
  [[ -f "/usr/share/postgresql/$PG/extension/vector.control" ]] \
    || fail "pgvector is still missing after installing it" "ls /usr/share/postgresql/$PG/extension/"
  note "installed"
fi

# --- Redis ----------------------------------------------------------------------------------
step "Redis"
REDIS_URL="${FORESIGHT_REDIS_URL:-redis://127.0.0.1:6379}"
REDIS_HOSTPORT="${REDIS_URL#redis://}"; REDIS_HOSTPORT="${REDIS_HOSTPORT##*@}"; REDIS_HOSTPORT="${REDIS_HOSTPORT%%/*}"
REDIS_HOST="${REDIS_HOSTPORT%%:*}"; REDIS_PORT="${REDIS_HOSTPORT##*:}"
[[ "$REDIS_PORT" == "$REDIS_HOSTPORT" ]] && REDIS_PORT=6379
command -v redis-server >/dev/null || apt_install redis-server
if ! redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  if [[ "$REDIS_HOST" != 127.0.0.1 && "$REDIS_HOST" != localhost ]]; then
    fail "Redis is not answering at $REDIS_HOST:$REDIS_PORT" "start it there, or unset FORESIGHT_REDIS_URL"
  fi
  note "starting redis-server on 127.0.0.1:$REDIS_PORT"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/foresight.log >/dev/null
  wait_for 30 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping \
    || fail "Redis did not start on 127.0.0.1:$REDIS_PORT" "see /var/log/redis/foresight.log"
fi
note "Redis answering on $REDIS_HOST:$REDIS_PORT"

# --- Databases ------------------------------------------------------------------------------
step "databases ${DATABASES[*]}"
if (( FRESH_TEST_DB )); then
  tcp_psql -c "DROP DATABASE IF EXISTS foresight_test WITH (FORCE)" postgres
  note "foresight_test recreated empty"
fi
# In template1 too, so a database a test recreates has the extension without a superuser.
for db in template1 "${DATABASES[@]}"; do
  if [[ "$db" != template1 ]] && ! tcp_psql -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" postgres | grep -q 1; then
    createdb -w -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$db" 2>/dev/null \
      || PGPASSWORD="${FORESIGHT_DB_PASSWORD:-}" createdb -w -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$db" \
      || fail "could not create database $db" "createdb -h $DB_HOST -U $DB_USER $db"
    note "created $db"
  fi
  # CREATE EXTENSION needs a superuser unless the extension is trusted: ask through the socket if need be.
  if ! tcp_psql -c "CREATE EXTENSION IF NOT EXISTS vector" "$db" >/dev/null 2>&1; then
    pg_super -d "$db" -c "'CREATE EXTENSION IF NOT EXISTS vector'" \
      || fail "could not create the vector extension in $db" "CREATE EXTENSION vector; as a superuser in $db"
  fi
done
note "ready, each with the vector extension"

# --- Java and Maven -------------------------------------------------------------------------
step "Java"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$JAVA" >/dev/null || fail "no java on the PATH" "apt-get install openjdk-17-jdk-headless"
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/{gsub(/ /,"",$2); print $2}')"
(( ${java_major%%.*} >= 17 )) || fail "Java $java_major found, Foresight needs 17 or newer" "apt-get install openjdk-17-jdk-headless, or set JAVA_HOME"
command -v javac >/dev/null || [[ -x "${JAVA_HOME:-/nonexistent}/bin/javac" ]] \
  || fail "a JDK is needed (javac not found), not only a JRE" "apt-get install openjdk-17-jdk-headless"
note "Java $java_major; Maven comes with ./mvnw"

# --- Tools the launcher uses ----------------------------------------------------------------
step "tools (curl)"
command -v curl >/dev/null || apt_install curl ca-certificates
note "present"

if (( WITH_BROWSER )); then
  step "Chromium (browser tests)"
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then note "present"; else apt_install chromium chromium-driver; fi
fi

if (( WITH_PEERS )); then
  step "Prometheus, Alertmanager and node exporter (differential and Prometheus-source tests)"
  # The package, not an unpacked binary: Alertmanager needs its default.tmpl.
  if [[ -x /usr/bin/prometheus && -x /usr/bin/prometheus-alertmanager && -x /usr/bin/amtool \
        && -f /usr/share/prometheus/alertmanager/default.tmpl && -x /usr/bin/prometheus-node-exporter ]]; then
    note "present"
  else
    apt_install prometheus prometheus-alertmanager prometheus-node-exporter
    [[ -x /usr/bin/prometheus-alertmanager && -f /usr/share/prometheus/alertmanager/default.tmpl ]] \
      || fail "prometheus-alertmanager is still missing after installing it" "dpkg -L prometheus-alertmanager"
    note "installed; the tests start their own instances on ephemeral ports, not 9090/9093"
  fi
fi
