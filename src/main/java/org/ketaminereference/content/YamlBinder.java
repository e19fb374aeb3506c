package org.ketaminereference.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Binds parsed YAML to a typed record and validates it with Hibernate Validator, turning every
 * failure into a {@link ContentProblem} with the file, line and field. Unknown front matter fields
 * are errors, so that a misspelt {@code lastreviewed} is not silently ignored.
 */
final class YamlBinder {

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Validator validator;

	private static final int MAX_UNREADABLE_FIELDS = 100;

	YamlBinder() {
		// The parameter interpolator needs no expression language at run time.
		ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory();
		this.validator = factory.getValidator();
	}

	/**
	 * Binds {@code value}, found at {@code path} of {@code document}, to {@code type}.
	 * @return the valid record, or empty after adding its problems
	 */
	<T> Optional<T> bind(Object value, YamlDocument document, String path, Class<T> type, String file,
			Problems problems) {
		// Jackson stops at the first field it cannot read. Drop that field and try again, so that
		// every unreadable field is reported, then validate what remains.
		Object remaining = deepCopy(value);
		Set<String> reported = new HashSet<>();
		T bound = null;
		for (int attempt = 0; attempt < MAX_UNREADABLE_FIELDS; attempt++) {
			try {
				bound = mapper.convertValue(remaining, type);
				break;
			}
			catch (JacksonException ex) {
				String fieldPath = join(path, pathOf(ex));
				problems.add(file, document.lineOf(fieldPath), document.yamlPathOf(fieldPath), describe(ex));
				reported.add(document.yamlPathOf(fieldPath));
				if (!remove(remaining, ex.getPath())) {
					return Optional.empty();
				}
			}
		}
		if (bound == null) {
			if (reported.isEmpty()) {
				problems.add(file, document.lineOf(path), path, "is empty");
			}
			return Optional.empty();
		}
		Set<ConstraintViolation<T>> violations = validator.validate(bound);
		violations.stream()
			// A field written "lastreviewed" is reported once, as unknown, not again as missing.
			.filter((violation) -> !reported.contains(document.yamlPathOf(join(path, pathOf(violation)))))
			.sorted((a, b) -> pathOf(a).compareTo(pathOf(b)))
			.forEach((violation) -> {
				String fieldPath = join(path, fieldOf(violation));
				problems.add(file, document.lineOf(fieldPath), document.yamlPathOf(fieldPath),
						violation.getMessage());
			});
		return (violations.isEmpty() && reported.isEmpty()) ? Optional.of(bound) : Optional.empty();
	}

	/** Removes the value at a Jackson error path; false when there is nothing left to remove. */
	private static boolean remove(Object data, List<JacksonException.Reference> path) {
		if (path.isEmpty()) {
			return false;
		}
		Object container = data;
		for (int i = 0; i < path.size() - 1; i++) {
			container = child(container, path.get(i));
			if (container == null) {
				return false;
			}
		}
		JacksonException.Reference last = path.get(path.size() - 1);
		if (container instanceof Map<?, ?> map && last.getPropertyName() != null) {
			return map.remove(last.getPropertyName()) != null || map.containsKey(last.getPropertyName());
		}
		if (container instanceof List<?> list && last.getIndex() >= 0 && last.getIndex() < list.size()) {
			list.remove(last.getIndex());
			return true;
		}
		return false;
	}

	private static Object child(Object container, JacksonException.Reference reference) {
		if (container instanceof Map<?, ?> map && reference.getPropertyName() != null) {
			return map.get(reference.getPropertyName());
		}
		if (container instanceof List<?> list && reference.getIndex() >= 0
				&& reference.getIndex() < list.size()) {
			return list.get(reference.getIndex());
		}
		return null;
	}

	/** A mutable copy, so that dropping unreadable fields does not touch the parsed document. */
	private static Object deepCopy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, deepCopy(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(deepCopy(item)));
			return copy;
		}
		return value;
	}

	/**
	 * The field a violation is about. An {@code @AssertTrue} getter such as
	 * {@code Issued.isYearInRange()} checks the block it belongs to; its Java name
	 * ({@code yearInRange}) is nowhere in the YAML, so name the block the author wrote.
	 */
	private static String fieldOf(ConstraintViolation<?> violation) {
		String property = pathOf(violation);
		if (!(violation.getConstraintDescriptor().getAnnotation() instanceof AssertTrue)) {
			return property;
		}
		int cut = Math.max(property.lastIndexOf('.'), property.lastIndexOf('['));
		return (cut <= 0) ? "" : property.substring(0, cut);
	}

	private static String join(String parent, String child) {
		if (parent.isEmpty()) {
			return child;
		}
		return child.isEmpty() || child.startsWith("[") ? parent + child : parent + "." + child;
	}

	/**
	 * A violation's path as the YAML spells it ({@code changes[0].date}, {@code aliases[1]},
	 * {@code anchorAliases.old-id}), without Bean Validation's names for container elements such
	 * as {@code <map key>}.
	 */
	private static String pathOf(ConstraintViolation<?> violation) {
		StringBuilder path = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.isInIterable() && node.getIndex() != null) {
				path.append('[').append(node.getIndex()).append(']');
			}
			else if (node.isInIterable() && node.getKey() != null) {
				path.append('.').append(node.getKey());
			}
			if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(node.getName());
			}
		}
		return path.toString();
	}

	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String describe(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			String known = unknown.getKnownPropertyIds()
				.stream()
				.map(String::valueOf)
				.sorted()
				.collect(Collectors.joining(", "));
			String meant = unknown.getKnownPropertyIds()
				.stream()
				.map(String::valueOf)
				.filter((name) -> looselyEqual(name, String.valueOf(unknown.getPropertyName())))
				.findFirst()
				.map((name) -> "; did you mean '" + name + "'?")
				.orElse(" (known fields: " + known + ")");
			return "unknown field" + meant;
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "'" + invalid.getValue() + "' is not " + describeType(invalid.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + describeType(mismatched.getTargetType());
		}
		return "cannot be read: " + ex.getOriginalMessage();
	}

	/** Equal apart from case, hyphens and underscores: the usual ways to misspell a field name. */
	private static boolean looselyEqual(String a, String b) {
		return a.replaceAll("[-_]", "").equalsIgnoreCase(b.replaceAll("[-_]", ""));
	}

	private static String describeType(Class<?> type) {
		if (type == LocalDate.class) {
			return "a date like 2026-01-31";
		}
		if (type == Integer.class || type == int.class) {
			return "a whole number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of: " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> (constant instanceof Coded coded) ? coded.code() : constant.toString())
				.collect(Collectors.joining(", "));
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type == String.class) {
			return "text";
		}
		return "a " + type.getSimpleName().toLowerCase(Locale.ROOT) + " block";
	}

}
