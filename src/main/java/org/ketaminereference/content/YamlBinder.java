package org.ketaminereference.content;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
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
		T bound;
		try {
			bound = mapper.convertValue(value, type);
		}
		catch (JacksonException ex) {
			String fieldPath = join(path, pathOf(ex));
			problems.add(file, document.lineOf(fieldPath), document.yamlPathOf(fieldPath), describe(ex));
			return Optional.empty();
		}
		if (bound == null) {
			problems.add(file, document.lineOf(path), path, "is empty");
			return Optional.empty();
		}
		Set<ConstraintViolation<T>> violations = validator.validate(bound);
		violations.stream()
			.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
			.forEach((violation) -> {
				String fieldPath = join(path, violation.getPropertyPath().toString());
				problems.add(file, document.lineOf(fieldPath), document.yamlPathOf(fieldPath),
						violation.getMessage());
			});
		return violations.isEmpty() ? Optional.of(bound) : Optional.empty();
	}

	private static String join(String parent, String child) {
		if (parent.isEmpty()) {
			return child;
		}
		return child.isEmpty() || child.startsWith("[") ? parent + child : parent + "." + child;
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
			return "unknown field (known fields: " + known + ")";
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "'" + invalid.getValue() + "' is not " + describeType(invalid.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + describeType(mismatched.getTargetType());
		}
		return "cannot be read: " + ex.getOriginalMessage();
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
				.map((constant) -> (constant instanceof Evidence evidence) ? evidence.code() : constant.toString())
				.collect(Collectors.joining(", "));
		}
		if (java.util.List.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type == String.class) {
			return "text";
		}
		return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " block";
	}

}
