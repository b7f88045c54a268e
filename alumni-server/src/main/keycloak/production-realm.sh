#!/usr/bin/env bash
# Production settings of the alumni realm that the demo realm (alumni-realm.json) leaves off on
# purpose. Run once against the production Keycloak after importing the realm, and again after
# any re-import; running it twice changes nothing. Needs kcadm.sh (Keycloak's bin) and python3.
#
#   KEYCLOAK_URL=https://id.example.jp KEYCLOAK_ADMIN=admin KEYCLOAK_ADMIN_PASSWORD=... \
#       alumni-server/src/main/keycloak/production-realm.sh
#
# 1. Brute-force protection: 5 failed sign-ins lock an account for 1 minute, doubling up to 15
#    minutes (temporary lockouts only, so an attacker cannot lock HR staff out for good).
# 2. Passwords on alumni-ws (the HR integration's HTTP Basic, checked by a direct grant of the
#    alumni-ws client) only for accounts with the realm role hr-system: the client's direct-grant
#    flow identifies the user, denies everyone without hr-system, and only then checks the
#    password, so no other person's password is ever tried there (nor counted by brute force).
#    Everyone else signs in through the browser or uses a token. The application refuses such
#    passwords too (jp.kizuna.alumni.ws.PasswordSignIn); this makes Keycloak refuse them first.
#    The demo realm keeps direct grants open for every demo user, as the tests fetch tokens so.
set -euo pipefail
: "${KEYCLOAK_URL:?}" "${KEYCLOAK_ADMIN:?}" "${KEYCLOAK_ADMIN_PASSWORD:?}"
kcadm=${KCADM:-kcadm.sh}
realm=${REALM:-alumni}
flow=hr-system-direct-grant
subflow=deny-other-accounts

"$kcadm" config credentials --server "$KEYCLOAK_URL" --realm master --user "$KEYCLOAK_ADMIN" \
    --password "$KEYCLOAK_ADMIN_PASSWORD" > /dev/null

"$kcadm" update "realms/$realm" -s bruteForceProtected=true -s permanentLockout=false -s failureFactor=5 \
    -s waitIncrementSeconds=60 -s maxFailureWaitSeconds=900 -s maxDeltaTimeSeconds=43200 \
    -s quickLoginCheckMilliSeconds=1000 -s minimumQuickLoginWaitSeconds=60

# The id of the execution of $2 (provider id or sub-flow alias) in flow $1.
execution() {
    "$kcadm" get "authentication/flows/$1/executions" -r "$realm" | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    if sys.argv[1] in (e.get("providerId"), e.get("displayName")):
        print(e["id"]); break' "$2"
}

require() { # flow, execution id, requirement
    "$kcadm" update "authentication/flows/$1/executions" -r "$realm" -b "{\"id\":\"$2\",\"requirement\":\"$3\"}"
}

if [ -z "$("$kcadm" get authentication/flows -r "$realm" --fields alias | grep "\"$flow\"" || true)" ]; then
    "$kcadm" create authentication/flows -r "$realm" -s alias="$flow" -s providerId=basic-flow -s topLevel=true \
        -s builtIn=false -s description="Direct grant for HR system accounts only (HTTP Basic on alumni-ws)"
    "$kcadm" create "authentication/flows/$flow/executions/execution" -r "$realm" -s provider=direct-grant-validate-username
    require "$flow" "$(execution "$flow" direct-grant-validate-username)" REQUIRED
    "$kcadm" create "authentication/flows/$flow/executions/flow" -r "$realm" -s alias="$subflow" -s type=basic-flow \
        -s description="Any account without the role hr-system"
    require "$flow" "$(execution "$flow" "$subflow")" CONDITIONAL
    "$kcadm" create "authentication/flows/$subflow/executions/execution" -r "$realm" -s provider=conditional-user-role
    condition=$(execution "$subflow" conditional-user-role)
    require "$subflow" "$condition" REQUIRED
    "$kcadm" create "authentication/executions/$condition/config" -r "$realm" -s alias=not-hr-system \
        -s 'config={"condUserRole":"hr-system","negate":"true"}'
    "$kcadm" create "authentication/flows/$subflow/executions/execution" -r "$realm" -s provider=deny-access-authenticator
    require "$subflow" "$(execution "$subflow" deny-access-authenticator)" REQUIRED
    "$kcadm" create "authentication/flows/$flow/executions/execution" -r "$realm" -s provider=direct-grant-validate-password
    require "$flow" "$(execution "$flow" direct-grant-validate-password)" REQUIRED
fi

flow_id=$("$kcadm" get authentication/flows -r "$realm" | python3 -c '
import json, sys
print(next(f["id"] for f in json.load(sys.stdin) if f["alias"] == sys.argv[1]))' "$flow")
client_id=$("$kcadm" get clients -r "$realm" -q clientId=alumni-ws --fields id | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
"$kcadm" update "clients/$client_id" -r "$realm" -s "authenticationFlowBindingOverrides={\"direct_grant\":\"$flow_id\"}"
echo "Realm $realm: brute-force protection on; alumni-ws takes passwords of hr-system accounts only."
