package jp.kizuna.alumni.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web application is distributable: what a session or a view keeps is copied to another node
 * after every request, and read back there when the user's node dies. Everything a session- or
 * view-scoped bean holds (and everything that holds in turn: entities, records, their lists) must
 * therefore be serializable, or the copy fails at run time on a cluster only. Injected services
 * are proxies the container re-creates and are left out.
 */
class ReplicatedStateTest {

    @Test
    void sessionAndViewStateIsSerializable() throws Exception {
        List<Class<?>> scoped = new ArrayList<>();
        for (Class<?> type : webClasses()) {
            if (type.isAnnotationPresent(SessionScoped.class)
                    || type.isAnnotationPresent(ViewScoped.class)
                    || type.isAnnotationPresent(ConversationScoped.class)) {
                scoped.add(type);
            }
        }
        assertFalse(scoped.isEmpty(), "the scan found the session and view beans");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : scoped) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, seen, problems);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * An injected service marked transient is left out of the copy and is null on the node that
     * reads the session back: the user's next click there fails (found by bin/cluster-test). The
     * container's proxies for EJBs and normal-scoped beans are serializable and are copied as such.
     */
    @Test
    void injectedServicesOfSessionAndViewBeansAreCopiedNotDropped() throws Exception {
        List<String> dropped = new ArrayList<>();
        for (Class<?> type : webClasses()) {
            if (type.isAnnotationPresent(SessionScoped.class)
                    || type.isAnnotationPresent(ViewScoped.class)
                    || type.isAnnotationPresent(ConversationScoped.class)) {
                for (Field field : type.getDeclaredFields()) {
                    if ((field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class))
                            && Modifier.isTransient(field.getModifiers())) {
                        dropped.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), dropped);
    }

    private static void checkFields(Class<?> type, Set<Class<?>> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)
                        || field.getName().startsWith("_persistence_")) {
                    continue;
                }
                checkType(field.getGenericType(), c.getName() + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String where, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, where, seen, problems);
            }
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where, seen, problems);
            }
            type = parameterized.getRawType();
        }
        if (!(type instanceof Class<?> raw)) {
            return; // type variables: checked where they are bound
        }
        if (raw.isArray()) {
            checkType(raw.getComponentType(), where, seen, problems);
            return;
        }
        if (raw.isPrimitive() || raw == Object.class) {
            return;
        }
        // Collection interfaces: the implementations the code uses (ArrayList, List.of, HashMap) are
        // serializable; their elements were checked above.
        if (Collection.class.isAssignableFrom(raw) && raw.isInterface()
                || Map.class.isAssignableFrom(raw) && raw.isInterface()) {
            return;
        }
        if (raw == Optional.class) {
            problems.add(where + " is an Optional (not serializable)");
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(where + " holds " + raw.getName() + ", which is not Serializable");
            return;
        }
        if (raw.getName().startsWith("jp.kizuna.alumni.") && !raw.isEnum() && seen.add(raw)) {
            checkFields(raw, seen, problems);
        }
    }

    private static List<Class<?>> webClasses() throws Exception {
        Path root = Path.of(LocaleSelection.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ReplicatedStateTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
