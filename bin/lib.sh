# Shared by bin/run, bin/test and bin/benchmark: starting and stopping the servers the
# application needs, all on loopback. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVER_TARGET=$ROOT/alumni-server/target
WILDFLY_HOME=$SERVER_TARGET/wildfly
KEYCLOAK_HOME=$SERVER_TARGET/keycloak
STATE_DIR=${ALUMNI_STATE_DIR:-$ROOT/.run}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
POSTGRES_PORT=${POSTGRES_PORT:-55432}
POSTGRES_DIR=${ALUMNI_POSTGRES_DIR:-/var/tmp/alumni-postgres-$POSTGRES_PORT}
mkdir -p "$STATE_DIR"
# Heap for the application server (standalone.conf's default of 512 MB is for a bare server).
WILDFLY_JAVA_OPTS=${ALUMNI_JAVA_OPTS:-"-Xms512m -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"}

# A version property of the top-level pom.xml, e.g. pom_property version.postgresql
pom_property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1
}

log() { printf '\033[1m[alumni]\033[0m %s\n' "$*"; }

# Debian packages the build and the tests use; installed only when missing.
ensure_packages() {
    local missing=()
    command -v mvn >/dev/null || missing+=(maven)
    command -v unzip >/dev/null || missing+=(unzip)
    command -v curl >/dev/null || missing+=(curl)
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing Debian packages: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
    fi
}

# Keycloak 26 wants Java 21 or newer; WildFly runs on the default Java 17.
keycloak_java_home() {
    for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                     /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
            echo "$candidate"
            return
        fi
    done
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

wait_for_url() {
    local url=$1 seconds=$2 what=$3
    for _ in $(seq "$seconds"); do
        if curl -sf -o /dev/null "$url"; then
            return 0
        fi
        sleep 1
    done
    log "$what did not come up within ${seconds}s ($url)"
    return 1
}

start_keycloak() {
    if curl -sf -o /dev/null "http://localhost:$KEYCLOAK_PORT/realms/alumni"; then
        log "Keycloak already running on port $KEYCLOAK_PORT"
        return 0
    fi
    log "Starting Keycloak on http://localhost:$KEYCLOAK_PORT (realm 'alumni' imported from alumni-server/src/main/keycloak)"
    JAVA_HOME=$(keycloak_java_home) KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        nohup "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-management-port=$((KEYCLOAK_PORT + 1000)) \
        --http-host=127.0.0.1 --import-realm --hostname-strict=false \
        > "$STATE_DIR/keycloak.log" 2>&1 &
    echo $! > "$STATE_DIR/keycloak.pid"
    wait_for_url "http://localhost:$KEYCLOAK_PORT/realms/alumni/.well-known/openid-configuration" 180 Keycloak
}

stop_keycloak() {
    stop_pid_file "$STATE_DIR/keycloak.pid"
}

# The newest installed PostgreSQL's programs.
postgres_bin() {
    ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1
}

# Sets the named array to the prefix that runs a command as the 'postgres' user when we are root
# (initdb and pg_ctl refuse root).
as_postgres_user() {
    local -n prefix=$1
    prefix=()
    if [ "$(id -u)" -eq 0 ]; then
        prefix=(runuser -u postgres --)
    fi
}

# A private PostgreSQL cluster under the state directory, on a loopback port, owned by the
# 'postgres' system user when run as root (initdb refuses root).
# The settings README recommends for production: storage without seek times (the default
# random_page_cost of 4 is for spinning disks and made the directory's planner choose table scans),
# and no parallel workers for single queries on a small server that serves many users at once.
POSTGRES_TUNING="-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"

start_postgres() {
    local bin
    bin=$(postgres_bin)
    # Outside the checkout: initdb runs as the 'postgres' user, who may not be able to enter it.
    local data=$POSTGRES_DIR
    local as=()
    as_postgres_user as
    if "${as[@]}" "$bin/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT"; then
        log "PostgreSQL already running on port $POSTGRES_PORT"
    else
        if [ ! -f "$data/PG_VERSION" ]; then
            mkdir -p "$data"
            [ "$(id -u)" -eq 0 ] && chown postgres "$data"
            "${as[@]}" "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
        fi
        log "Starting PostgreSQL on 127.0.0.1:$POSTGRES_PORT"
        "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
            -o "-p $POSTGRES_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=${POSTGRES_FSYNC:-on} $POSTGRES_TUNING" start >/dev/null
    fi
    for database in "$@"; do
        if ! "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -tAc \
                "select 1 from pg_database where datname = '$database'" | grep -q 1; then
            "${as[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -c "create database $database" >/dev/null
        fi
    done
    "${as[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -c \
        "do \$\$ begin if not exists (select from pg_roles where rolname = 'alumni') then create role alumni login password 'alumni' superuser; end if; end \$\$" >/dev/null
}

stop_postgres() {
    local bin data
    bin=$(postgres_bin)
    local as=()
    as_postgres_user as
    # The cluster that answers on our port, wherever it was started from.
    data=$("${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -tAc "show data_directory" 2>/dev/null) || return 0
    "${as[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
}

# Runs psql as the cluster's superuser.
psql_admin() {
    local bin
    bin=$(postgres_bin)
    local as=()
    as_postgres_user as
    "${as[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres "$@"
}

# The local mail catcher of the one-command run: GreenMail standalone (copied from Maven Central
# into alumni-server/target/mail-catcher by the build) receives on the SMTP port WildFly's mail
# session uses and keeps every mail, readable through its web API. Nothing leaves the machine.
MAIL_SMTP_PORT=${ALUMNI_SMTP_PORT:-2525}
MAIL_WEB_PORT=${ALUMNI_MAIL_WEB_PORT:-8025}
MAIL_CATCHER_JAR=$SERVER_TARGET/mail-catcher/greenmail-standalone.jar

start_mail_catcher() {
    if curl -sf -o /dev/null "http://127.0.0.1:$MAIL_WEB_PORT/api/service/readiness"; then
        log "Mail catcher already running (SMTP port $MAIL_SMTP_PORT, web port $MAIL_WEB_PORT)"
        return 0
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$MAIL_SMTP_PORT") 2>/dev/null; then
        log "Port $MAIL_SMTP_PORT already answers: mail goes to that SMTP server, no mail catcher started"
        return 0
    fi
    if [ ! -f "$MAIL_CATCHER_JAR" ]; then
        log "Mail catcher missing ($MAIL_CATCHER_JAR): build alumni-server first (mvn package -pl alumni-server)"
        return 1
    fi
    log "Starting the mail catcher: SMTP on port $MAIL_SMTP_PORT, mails readable on http://localhost:$MAIL_WEB_PORT/"
    nohup java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_WEB_PORT" -Dgreenmail.auth.disabled \
        -jar "$MAIL_CATCHER_JAR" > "$STATE_DIR/mail-catcher.log" 2>&1 &
    echo $! > "$STATE_DIR/mail-catcher.pid"
    wait_for_url "http://127.0.0.1:$MAIL_WEB_PORT/api/service/readiness" 60 "The mail catcher"
}

stop_mail_catcher() {
    stop_pid_file "$STATE_DIR/mail-catcher.pid"
}

stop_pid_file() {
    local file=$1
    if [ -f "$file" ]; then
        local pid
        pid=$(cat "$file")
        if kill -0 "$pid" 2>/dev/null; then
            pkill -TERM -P "$pid" 2>/dev/null || true
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        fi
        rm -f "$file"
    fi
}

# --- The cluster: WildFly nodes (standalone-alumni-ha-postgresql.xml) behind HAProxy --------------
# Each node is one WildFly with its own server base directory (copied from the provisioned server),
# its own port offset and its own jboss.node.name; all share one PostgreSQL database (application
# data, JGroups discovery table, EJB timers). Used by bin/run --cluster and bin/cluster-test.
# Heap per node: two nodes and Keycloak share a small machine here; see docs/scaling.md for production.
CLUSTER_JAVA_OPTS=${ALUMNI_CLUSTER_JAVA_OPTS:-"-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"}

cluster_node_dir() { echo "$STATE_DIR/cluster-$1"; }

# start_cluster_node NAME OFFSET DATABASE [system properties...]: starts the node in the background
# (waiting is the caller's: cluster_node_wait). A fresh base directory when the provisioned server is newer.
start_cluster_node() {
    local name=$1 offset=$2 database=$3
    shift 3
    local server
    server=$(cluster_node_dir "$name")
    if [ ! -f "$server/.provisioned" ] || [ "$WILDFLY_HOME/.provisioned" -nt "$server/.provisioned" ]; then
        rm -rf "$server"
        mkdir -p "$server"
        cp -a "$WILDFLY_HOME/standalone/configuration" "$server/"
        touch "$server/.provisioned"
    fi
    mkdir -p "$server/deployments"
    cp "$ROOT/alumni-ear/target/alumni.ear" "$server/deployments/"
    # In a subshell, so that a kill -9 of the node is not reported as a failed job of the caller.
    (JAVA_OPTS=$CLUSTER_JAVA_OPTS ALUMNI_DB_URL="jdbc:postgresql://127.0.0.1:$POSTGRES_PORT/$database" \
        ALUMNI_DB_USER=alumni ALUMNI_DB_PASSWORD=alumni \
        ALUMNI_OIDC_PROVIDER_URL="http://localhost:$KEYCLOAK_PORT/realms/alumni" \
        ALUMNI_SMTP_HOST=${ALUMNI_SMTP_HOST:-localhost} ALUMNI_SMTP_PORT=$MAIL_SMTP_PORT \
        nohup "$WILDFLY_HOME/bin/standalone.sh" -c standalone-alumni-ha-postgresql.xml \
        -Djboss.server.base.dir="$server" -Djboss.node.name="$name" -Djboss.socket.binding.port-offset="$offset" \
        "$@" >> "$server/console.log" 2>&1 &)
}

# The node is ready when its MicroProfile Health readiness check (management port) says UP: the
# same check the balancer makes.
cluster_node_wait() {
    local name=$1 offset=$2 seconds=${3:-300}
    wait_for_url "http://127.0.0.1:$((9990 + offset))/health/ready" "$seconds" "Cluster node $name"
}

# kill -9 (the test's node failure) or a normal stop (default), of our own node only.
stop_cluster_node() {
    local name=$1 signal=${2:-TERM} server
    server=$(cluster_node_dir "$name")
    pkill "-$signal" -f "jboss.server.base.dir=$server( |$)" 2>/dev/null || true
    for _ in $(seq 60); do pgrep -f "jboss.server.base.dir=$server( |$)" >/dev/null || return 0; sleep 0.5; done
    pkill -KILL -f "jboss.server.base.dir=$server( |$)" 2>/dev/null || true
}

# start_balancer PORT NAME:OFFSET...: HAProxy (Debian's) on loopback PORT in front of the nodes.
# Sticky sessions: HAProxy inserts a cookie naming the node that answered first (WildFly also ends
# the JSESSIONID with ".<node name>"); when that node is down the request goes to another one, which
# finds the session in the replicated cache. Health: each node's readiness endpoint on its
# management port, every second; two failures take a node out, two successes bring it back.
start_balancer() {
    local port=$1
    shift
    local dir=$STATE_DIR/haproxy-$port
    mkdir -p "$dir"
    {
        cat <<CONF
global
    maxconn 4000
    pidfile $dir/haproxy.pid

defaults
    mode http
    option forwardfor
    option redispatch
    retries 3
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s

frontend alumni
    bind 127.0.0.1:$port
    http-request set-header X-Forwarded-Proto http
    http-request set-header X-Forwarded-Port $port
    default_backend nodes

backend nodes
    balance roundrobin
    cookie ALUMNI_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fastinter 500ms fall 2 rise 2
CONF
        local node name offset
        for node in "$@"; do
            name=${node%%:*} offset=${node##*:}
            echo "    server $name 127.0.0.1:$((8080 + offset)) cookie $name check port $((9990 + offset))"
        done
    } > "$dir/haproxy.cfg"
    stop_balancer "$port"
    haproxy -f "$dir/haproxy.cfg" -D -q
}

stop_balancer() {
    local dir=$STATE_DIR/haproxy-$1
    stop_pid_file "$dir/haproxy.pid"
}
