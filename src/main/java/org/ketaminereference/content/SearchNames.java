package org.ketaminereference.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code search-names.yaml} says: words and names that search treats as one. Each group is a
 * set of equivalent forms: a word's British and American spellings, or a name and what the text
 * calls it (a brand and the drug). A search for any form of a group finds the others too.
 *
 * @param spellings groups of spellings of one word, such as {@code [anaesthesia, anesthesia]}
 * @param names groups of names for one thing, such as {@code [esketamine, Spravato]}
 */
public record SearchNames(List<List<String>> spellings, List<List<String>> names) {

	/** No spellings or names: what a content directory without the file gets. */
	public static final SearchNames NONE = new SearchNames(List.of(), List.of());

	public SearchNames {
		spellings = spellings.stream().map(List::copyOf).toList();
		names = names.stream().map(List::copyOf).toList();
	}

	/** Every group, spellings first. */
	public List<List<String>> groups() {
		List<List<String>> groups = new ArrayList<>(spellings);
		groups.addAll(names);
		return List.copyOf(groups);
	}

}
