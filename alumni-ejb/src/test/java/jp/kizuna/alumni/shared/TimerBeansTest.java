package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Under WildFly's OIDC virtual security domain, a session bean that carries a timer does not see
 * the signed-in caller (getCallerPrincipal() is anonymous and role checks do not hold). So timers
 * live in their own beans that offer nothing else to callers and run as a declared role.
 */
class TimerBeansTest {

    @Test
    void beansWithTimersOfferNoBusinessMethodsAndRunAsARole() throws Exception {
        List<Class<?>> timerBeans = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Schedule.class))) {
                timerBeans.add(type);
            }
        }
        assertFalse(timerBeans.isEmpty(), "the scan found the application's timers");
        for (Class<?> bean : timerBeans) {
            assertTrue(bean.isAnnotationPresent(RunAs.class), bean.getSimpleName() + " declares the role it runs as");
            List<String> offered = Arrays.stream(bean.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .map(Method::getName)
                    .toList();
            assertEquals(List.of(), offered, bean.getSimpleName() + " offers only its timer");
        }
    }

    /**
     * A non-persistent timer fires on every node of a cluster; a persistent one is claimed by one
     * node per firing through the database timer store (datasource-postgresql.cli, so every
     * PostgreSQL configuration, HA included; ScheduledJobsIT finds each job's timer there). That is
     * the only guard a job has: the application keeps no lock table of its own (V190 dropped it).
     */
    @Test
    void scheduledJobsArePersistentSoThatTheyRunOncePerCluster() throws Exception {
        for (Class<?> type : applicationClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                Schedule schedule = method.getAnnotation(Schedule.class);
                if (schedule != null) {
                    assertTrue(schedule.persistent(), type.getSimpleName() + "." + method.getName() + " is persistent");
                }
            }
        }
    }

    /**
     * A job must not run before the schema is migrated, nor in a deployment that refused to start:
     * WildFly holds a call made from a timer until the startup beans are up, and when one of them
     * (DatabaseMigration, on an edited migration) fails, that call never ends and keeps the refused
     * deployment from being stopped (a reload hangs). Depending on DatabaseMigration, a timer bean
     * does not start at all then.
     */
    @Test
    void timerBeansStartAfterTheDatabaseMigration() throws Exception {
        for (Class<?> type : applicationClasses()) {
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Schedule.class))) {
                DependsOn dependsOn = type.getAnnotation(DependsOn.class);
                assertTrue(
                        dependsOn != null && Arrays.asList(dependsOn.value()).contains("DatabaseMigration"),
                        type.getSimpleName() + " depends on DatabaseMigration");
            }
        }
    }

    private static List<Class<?>> applicationClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, TimerBeansTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
