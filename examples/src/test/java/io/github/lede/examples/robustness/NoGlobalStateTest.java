package io.github.lede.examples.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A static check that Lede's library code keeps no global mutable state: every static field of
 * every class under {@code io.github.lede} (tests and the CLI excluded) is final, and holds no
 * array and no modifiable collection.
 */
class NoGlobalStateTest {

    @Test
    void staticFieldsAreFinalAndImmutable() throws Exception {
        List<String> classes = libraryClasses();
        assertTrue(classes.size() > 50, "found the library's classes: " + classes.size());
        List<String> problems = new ArrayList<>();
        for (String name : classes) {
            Class<?> c = Class.forName(name, true, getClass().getClassLoader());
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || f.isSynthetic()) {
                    continue;
                }
                String where = name + "." + f.getName();
                if (!Modifier.isFinal(m)) {
                    problems.add(where + " is not final");
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(null);
                if (value != null && value.getClass().isArray() && java.lang.reflect.Array.getLength(value) > 0) {
                    problems.add(where + " is a non-empty array, which anyone holding it can change");
                } else if ((value instanceof Collection || value instanceof Map) && isModifiable(value)) {
                    problems.add(where + " is a modifiable " + value.getClass().getName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isModifiable(Object value) {
        String type = value.getClass().getName();
        return !(type.startsWith("java.util.ImmutableCollections") || type.startsWith("java.util.Collections$Unmodifiable")
                || type.startsWith("java.util.Collections$Empty") || type.startsWith("java.util.Collections$Singleton")
                || type.startsWith("com.google.common.collect.Immutable") || type.startsWith("com.google.common.collect.Regular")
                || type.startsWith("com.google.common.collect.Singleton"));
    }

    /** Main classes of the Lede modules on the test class path, found in their directories or jars. */
    private static List<String> libraryClasses() throws IOException {
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.contains("test-classes") || !Files.exists(p)) {
                continue;
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.map(f -> p.relativize(f).toString().replace(File.separatorChar, '/')).forEach(n -> add(names, n));
                }
            } else if (entry.endsWith(".jar") && p.getFileName().toString().startsWith("lede-")) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        add(names, e.nextElement().getName());
                    }
                }
            }
        }
        return names;
    }

    private static void add(List<String> names, String path) {
        // the CLI and the example plugin are applications, not the library
        if (path.startsWith("io/github/lede/") && path.endsWith(".class") && !path.startsWith("io/github/lede/examples/")
                && !path.contains("module-info")) {
            names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
    }
}
