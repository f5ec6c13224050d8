package fr.boussole.commons.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods a path accepts, for the {@code Allow} header of a 405 answer (RFC 9110, 15.5.6): Quarkus REST
 * raises {@code NotAllowedException} without them. Read once from the JAX-RS annotations of the application's
 * resource classes.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods declared for this path, plus HEAD and OPTIONS, which the REST layer always answers. */
    public Set<String> forPath(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.HEAD);
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    found.add(new Route(toRegex(template), httpMethod));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    static Pattern toRegex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
