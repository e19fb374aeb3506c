package org.ketaminereference.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the security headers must say, written down independently of
 * {@link SecurityHeadersFilter}'s constants, so that a weakened constant fails the tests instead
 * of redefining what they expect. The Content-Security-Policy is read directive by directive; the
 * Permissions-Policy must disable every feature {@code docs/security.md} names.
 */
final class SecurityHeaderRules {

	/** Headers whose one right value is a fixed token. */
	static final Map<String, String> FIXED = Map.of("x-content-type-options", "nosniff", "referrer-policy",
			"strict-origin-when-cross-origin", "cross-origin-opener-policy", "same-origin",
			"cross-origin-resource-policy", "same-origin");

	static final Path SECURITY_DOC = Path.of("docs", "security.md");

	/** Sources that let code run from inline text, strings or trust chains, or content from anywhere. */
	private static final Set<String> FORBIDDEN_SOURCES = Set.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'",
			"'strict-dynamic'", "'wasm-unsafe-eval'", "blob:", "filesystem:", "http:", "https:", "*");

	/** Directives that must be present with exactly 'none': nothing by default, no base, no framing. */
	private static final List<String> NONE_REQUIRED = List.of("default-src", "base-uri", "frame-ancestors");

	private static final Pattern PERMISSIONS_ROW = Pattern.compile("^\\| `Permissions-Policy` \\|(.*)\\|$",
			Pattern.MULTILINE);

	private static final Pattern CODE = Pattern.compile("`([a-z-]+)`");

	private SecurityHeaderRules() {
	}

	/** Every problem with a response's headers (names in lower case, each with its values). */
	static List<String> violations(Map<String, List<String>> headers) {
		List<String> problems = new ArrayList<>();
		FIXED.forEach((name, value) -> {
			if (!List.of(value).equals(headers.get(name))) {
				problems.add("header " + name + " is " + headers.get(name) + ", not [" + value + "]");
			}
		});
		problems.addAll(once(headers, "content-security-policy", SecurityHeaderRules::cspViolations));
		problems.addAll(once(headers, "permissions-policy", SecurityHeaderRules::permissionsPolicyViolations));
		for (String software : List.of("server", "x-powered-by")) {
			if (headers.containsKey(software)) {
				problems.add("header " + software + " names the server software");
			}
		}
		return problems;
	}

	private static List<String> once(Map<String, List<String>> headers, String name,
			Function<String, List<String>> rules) {
		List<String> values = headers.get(name);
		if (values == null || values.size() != 1) {
			return List.of("header " + name + " should be sent once, is " + values);
		}
		return rules.apply(values.get(0));
	}

	/** Each directive of a Content-Security-Policy, checked on its own. */
	static List<String> cspViolations(String policy) {
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> directives = new LinkedHashMap<>();
		for (String directive : policy.split(";")) {
			List<String> tokens = List.of(directive.strip().split("\\s+"));
			if (tokens.get(0).isEmpty()) {
				continue;
			}
			String name = tokens.get(0).toLowerCase(Locale.ROOT);
			if (directives.put(name, tokens.subList(1, tokens.size())) != null) {
				problems.add(name + " given twice (browsers ignore the second)");
			}
		}
		directives.forEach((name, sources) -> {
			for (String source : sources) {
				String lower = source.toLowerCase(Locale.ROOT);
				if (FORBIDDEN_SOURCES.contains(lower) || lower.contains("*")) {
					problems.add(name + " allows " + source);
				}
				else if (lower.equals("data:") && !name.equals("img-src")) {
					problems.add(name + " allows data: (only img-src may)");
				}
				else if (lower.contains("://") || lower.matches("[a-z0-9.-]+\\.[a-z]{2,}(:\\d+)?(/.*)?")) {
					problems.add(name + " allows another origin, " + source);
				}
			}
		});
		for (String name : NONE_REQUIRED) {
			if (!List.of("'none'").equals(directives.get(name))) {
				problems.add(name + " is " + directives.get(name) + ", not 'none'");
			}
		}
		return problems;
	}

	/** Every feature is disabled ({@code feature=()}), and every feature the docs name is there. */
	static List<String> permissionsPolicyViolations(String policy) {
		List<String> problems = new ArrayList<>();
		Set<String> disabled = new HashSet<>();
		for (String entry : policy.split(",")) {
			String[] feature = entry.strip().split("=", 2);
			if (feature.length != 2 || !feature[1].strip().equals("()")) {
				problems.add("permissions-policy does not disable " + entry.strip());
			}
			else {
				disabled.add(feature[0].strip());
			}
		}
		documentedFeatures().stream()
			.filter((feature) -> !disabled.contains(feature))
			.forEach((feature) -> problems.add("permissions-policy leaves " + feature + " on, which "
					+ SECURITY_DOC + " says is off"));
		return problems;
	}

	/** The features {@code docs/security.md} says are off: the code spans of its Permissions-Policy row. */
	static Set<String> documentedFeatures() {
		try {
			Matcher row = PERMISSIONS_ROW.matcher(Files.readString(SECURITY_DOC));
			if (!row.find()) {
				throw new IllegalStateException(SECURITY_DOC + " has no row for `Permissions-Policy`");
			}
			Set<String> features = new LinkedHashSet<>();
			Matcher code = CODE.matcher(row.group(1));
			while (code.find()) {
				features.add(code.group(1));
			}
			return features;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
