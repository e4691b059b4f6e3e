package dev.foresight.shared.testing;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The operations a function really serves, found by reflection over its compiled classes: every
 * JAX-RS resource method and every {@code @Funq} method, as "METHOD /path" with path parameters
 * as {@code {name}}. A test compares this with the OpenAPI document, so an endpoint added without
 * documentation fails the build.
 */
public final class ServedOperations {
    private ServedOperations() {}

    public static Set<String> in(String basePackage) {
        return scan(basePackage).keySet();
    }

    /** The served operations that read a request body (an unannotated parameter, or a function). */
    public static Set<String> takingABody(String basePackage) {
        Set<String> withBody = new TreeSet<>();
        scan(basePackage).forEach((operation, body) -> {
            if (body) {
                withBody.add(operation);
            }
        });
        return withBody;
    }

    private static java.util.SortedMap<String, Boolean> scan(String basePackage) {
        java.util.SortedMap<String, Boolean> operations = new java.util.TreeMap<>();
        for (Class<?> type : classesUnder(basePackage)) {
            if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                continue; // REST client interfaces carry @Path too, but call out rather than serve
            }
            Path classPath = type.getAnnotation(Path.class);
            for (Method method : type.getDeclaredMethods()) {
                String function = funqName(method);
                if (function != null) {
                    operations.put("POST /" + function, true);
                }
                String verb = httpMethod(method);
                if (classPath != null && verb != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    operations.put(verb + " " + normalise(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())),
                            java.util.Arrays.stream(method.getParameterAnnotations()).anyMatch(a -> a.length == 0));
                }
            }
        }
        return operations;
    }

    /** By name: shared does not depend on funqy, only some functions do. */
    private static String funqName(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().getName().equals("io.quarkus.funqy.Funq")) {
                try {
                    String value = (String) a.annotationType().getMethod("value").invoke(a);
                    return value.isEmpty() ? method.getName() : value;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** "/services//{name: [a-z]+}/" → "/services/{name}". */
    static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    private static Set<Class<?>> classesUnder(String basePackage) {
        Set<Class<?>> classes = new java.util.HashSet<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String dir = basePackage.replace('.', '/');
        try {
            for (URL url : Collections.list(loader.getResources(dir))) {
                if (!"file".equals(url.getProtocol()) || url.getPath().contains("/test-classes/")) {
                    continue;
                }
                java.nio.file.Path root = Paths.get(url.toURI());
                try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                    for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                        String name = root.relativize(file).toString();
                        if (name.endsWith(".class") && !name.contains("$")) {
                            String className = basePackage + "." + name.substring(0, name.length() - 6)
                                    .replace(java.io.File.separatorChar, '.');
                            classes.add(Class.forName(className, false, loader));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
