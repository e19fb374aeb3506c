package org.ketaminereference.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code search-names.yaml}, which is optional: without it search knows no other spellings
 * or names. A form may belong to one group only, compared without case, or a search for it would
 * find two unrelated things; only the first form of a name group, what the text calls the thing,
 * may also lead another group.
 */
final class SearchNamesLoader {

	static final String FILE = "search-names.yaml";

	private static final List<String> KEYS = List.of("spellings", "names");

	/** Letters and digits, words joined by single spaces, hyphens or apostrophes. */
	private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}]+([ '’-][\\p{L}\\p{N}]+)*");

	private static final int MAX_FORM_LENGTH = 60;

	SearchNames load(ContentFiles files) {
		Optional<YamlDocument> parsed = files.optionalFields(FILE,
				"must have 'spellings:' and 'names:', each a list of groups like [anaesthesia, anesthesia]");
		if (parsed.isEmpty()) {
			return SearchNames.NONE;
		}
		Problems problems = files.problems();
		YamlDocument document = parsed.get();
		Map<?, ?> root = (Map<?, ?>) document.data();
		for (Object key : root.keySet()) {
			if (!KEYS.contains(String.valueOf(key))) {
				problems.add(FILE, document.lineOf(String.valueOf(key)), String.valueOf(key),
						"unknown field; the file has 'spellings:' and 'names:'");
			}
		}
		Map<String, String> groupOfForm = new HashMap<>();
		List<List<String>> spellings = groups(document, root, "spellings", groupOfForm, problems);
		List<List<String>> names = groups(document, root, "names", groupOfForm, problems);
		return new SearchNames(spellings, names);
	}

	private static List<List<String>> groups(YamlDocument document, Map<?, ?> root, String key,
			Map<String, String> groupOfForm, Problems problems) {
		Object value = root.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			problems.add(FILE, document.lineOf(key), key, "must be a list of groups like [anaesthesia, anesthesia]");
			return List.of();
		}
		List<List<String>> groups = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String path = key + "[" + i + "]";
			if (!(items.get(i) instanceof List<?> forms) || forms.size() < 2) {
				problems.add(FILE, document.lineOf(path), path, "must be a list of two or more forms, like [anaesthesia, anesthesia]");
				continue;
			}
			List<String> group = new ArrayList<>();
			for (int j = 0; j < forms.size(); j++) {
				String field = path + "[" + j + "]";
				String form = String.valueOf(forms.get(j));
				// A name group's first form is what the text says; another group may lead to it too.
				boolean target = key.equals("names") && j == 0;
				String problem = problemOf(form, target ? null : groupOfForm.get(form.toLowerCase(Locale.ROOT)));
				if (problem != null) {
					problems.add(FILE, document.lineOf(field), field, problem);
					continue;
				}
				if (!target) {
					groupOfForm.put(form.toLowerCase(Locale.ROOT), path);
				}
				group.add(form);
			}
			if (group.size() == forms.size()) {
				groups.add(group);
			}
		}
		return groups;
	}

	private static String problemOf(String form, String earlierGroup) {
		if (form.length() > MAX_FORM_LENGTH) {
			return "is " + form.length() + " characters long; the limit is " + MAX_FORM_LENGTH;
		}
		if (!FORM.matcher(form).matches()) {
			return "'" + form + "' must be words of letters and digits separated by single spaces, hyphens or apostrophes";
		}
		if (earlierGroup != null) {
			return "'" + form + "' is already in " + earlierGroup + "; a form belongs to one group only";
		}
		return null;
	}

}
