package jp.kizuna.alumni.shared;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds static state in a module's main classes: every static field that is not final, and every
 * static final field holding something that can change (a collection or map that is not one of the
 * JDK's unmodifiable ones, an array with elements, an atomic, a lock, a thread-local or class-value
 * cache, a string builder). Such a field lives in one JVM: on the second node of a cluster it holds
 * something else, and operators cannot see or size it. State belongs in the database or in a cache the
 * server configures (Infinispan, configure.cli). Used by each module's NoStaticStateTest; shared
 * through alumni-ejb's test jar.
 */
public final class StaticState {

    private StaticState() {}

    /**
     * "Class.field: what it holds" for each static field of the classes beside {@code anchor} (the
     * module's main classes) that may hold mutable state, except those allowed (class.field to the
     * reason it is harmless). The classes are initialised to read the fields' values.
     */
    public static List<String> of(Class<?> anchor, Map<String, String> allowed) throws IOException, URISyntaxException {
        Path root = Path.of(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, anchor.getClassLoader());
            } catch (ClassNotFoundException | LinkageError absent) {
                throw new IllegalStateException("Cannot load " + name, absent);
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || field.isEnumConstant()) {
                    continue;
                }
                String id = type.getName().substring(type.getPackageName().length() + 1) + "." + field.getName();
                if (allowed.containsKey(id)) {
                    continue;
                }
                String what = Modifier.isFinal(field.getModifiers()) ? mutableValue(field) : "not final";
                if (what != null) {
                    found.add(type.getName() + "." + field.getName() + ": " + what);
                }
            }
        }
        return found;
    }

    private static boolean mutableKind(Class<?> type) {
        return type.isArray()
                || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || type.getName().startsWith("java.util.concurrent.")
                || ThreadLocal.class.isAssignableFrom(type)
                || ClassValue.class.isAssignableFrom(type)
                || CharSequence.class.isAssignableFrom(type) && type != String.class;
    }

    private static String mutableValue(Field field) {
        Object value;
        try {
            field.setAccessible(true);
            value = field.get(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException unreadable) {
            // The class needs the server to initialise (a JSON-B provider, say): judge the declared type.
            return mutableKind(field.getType()) ? "a " + field.getType().getName() + " (declared)" : null;
        }
        if (value == null) {
            return null;
        }
        Class<?> kind = value.getClass();
        String name = kind.getName();
        if (kind.isArray()) {
            return Array.getLength(value) == 0 ? null : "an array (its elements can be replaced)";
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            boolean unmodifiable = name.startsWith("java.util.ImmutableCollections$")
                    || name.startsWith("java.util.Collections$Unmodifiable")
                    || name.startsWith("java.util.Collections$Empty")
                    || name.startsWith("java.util.Collections$Singleton");
            return unmodifiable ? null : "a modifiable " + kind.getSimpleName();
        }
        if (name.startsWith("java.util.concurrent.")
                || value instanceof ThreadLocal<?>
                || value instanceof ClassValue<?>
                || value instanceof StringBuilder
                || value instanceof StringBuffer) {
            return "a " + name;
        }
        return null;
    }
}
