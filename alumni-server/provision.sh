#!/usr/bin/env bash
# Builds a ready-to-run WildFly (target/wildfly) and Keycloak (target/keycloak) from the
# distributions Maven unpacked into target/dist. Re-provisions WildFly when a committed
# module or CLI script is newer than the last provisioning; otherwise does nothing.
set -euo pipefail
target=$1 wildfly_version=$2 keycloak_version=$3
here=$(cd "$(dirname "$0")" && pwd)
wildfly=$target/wildfly
marker=$wildfly/.provisioned

if [ -f "$marker" ] && [ -z "$(find "$here/src/main/wildfly" "$here/provision.sh" -newer "$marker" -type f)" ]; then
    echo "WildFly already provisioned at $wildfly"
else
    rm -rf "$wildfly"
    cp -a "$target/dist/wildfly-$wildfly_version" "$wildfly"

    # EclipseLink: keep WildFly's integration jar, add the EclipseLink jars beside it.
    eclipselink=$wildfly/modules/system/layers/base/org/eclipse/persistence/main
    jipijapa=$(cd "$eclipselink" && ls jipijapa-eclipselink-*.jar)
    cp "$target"/module-jars/org.eclipse.persistence.*.jar "$target"/module-jars/asm*.jar "$eclipselink/"
    sed "s/@JIPIJAPA_JAR@/$jipijapa/" "$here/src/main/wildfly/modules/org/eclipse/persistence/main/module.xml" > "$eclipselink/module.xml"

    postgresql=$wildfly/modules/org/postgresql/main
    mkdir -p "$postgresql"
    cp "$target/module-jars/postgresql.jar" "$here/src/main/wildfly/modules/org/postgresql/main/module.xml" "$postgresql/"

    # The Prometheus registry of the micrometer subsystem (configure.cli) is at the "community"
    # stability level in WildFly 39: every start through bin/standalone.sh allows it.
    printf '\n# Alumni: allow features at the community stability level (micrometer Prometheus registry).\nJAVA_OPTS="$JAVA_OPTS -Djboss.stability=community"\n' \
        >> "$wildfly/bin/standalone.conf"

    # name, WildFly's configuration it starts from, database, extra script
    for variant in "h2 standalone h2" "postgresql standalone postgresql" "ha-postgresql standalone-ha postgresql ha"; do
        read -r name base database extra <<< "$variant"
        config=standalone-alumni-$name.xml
        cp "$wildfly/standalone/configuration/$base.xml" "$wildfly/standalone/configuration/$config"
        script=$target/configure-$name.cli
        {
            echo "embed-server --server-config=$config --std-out=discard --stability=community"
            cat "$here/src/main/wildfly/cli/datasource-$database.cli"
            cat "$here/src/main/wildfly/cli/configure.cli"
            [ -z "$extra" ] || cat "$here/src/main/wildfly/cli/$extra.cli"
            echo "stop-embedded-server"
        } > "$script"
        echo "Configuring $config"
        "$wildfly/bin/jboss-cli.sh" --file="$script"
    done
    touch "$marker"
fi

keycloak=$target/keycloak
if [ ! -d "$keycloak" ]; then
    cp -a "$target/dist/keycloak-$keycloak_version" "$keycloak"
fi
mkdir -p "$keycloak/data/import"
cp "$here/src/main/keycloak/alumni-realm.json" "$keycloak/data/import/"
