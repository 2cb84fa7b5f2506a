package de.kreisunna.ikz.deployment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * Core Kubernetes objects read with the fabric8 model. fabric8 keeps fields it does not know in each model
 * object's {@code additionalProperties} instead of failing, so {@link #unknownFields} walks the typed object
 * and reports every such field: a misspelt or misplaced field fails the check.
 */
final class CoreKinds {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private CoreKinds() {
    }

    /** The object as its fabric8 type; {@link GenericKubernetesResource} if fabric8 has no type for its kind. */
    static KubernetesResource parse(JsonNode object) {
        return Rendered.SERIALIZATION.unmarshal(object.toString(), KubernetesResource.class);
    }

    static boolean isTyped(KubernetesResource resource) {
        return !(resource instanceof GenericKubernetesResource);
    }

    /** Paths of the fields the model did not recognise, e.g. {@code .spec.replica}. */
    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, found));
        } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() > 0 || !getter.getName().startsWith("get")) {
                    continue;
                }
                if (getter.getName().equals("getAdditionalProperties")) {
                    Map<?, ?> unknown = (Map<?, ?>) invoke(getter, value);
                    if (unknown != null) {
                        unknown.keySet().forEach(field -> found.add(path + "." + field));
                    }
                } else if (isModelValue(getter.getReturnType())) {
                    walk(invoke(getter, value), path + "." + property(getter), found);
                }
            }
        }
    }

    private static boolean isModelValue(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.getPackageName().startsWith(MODEL_PACKAGE);
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
