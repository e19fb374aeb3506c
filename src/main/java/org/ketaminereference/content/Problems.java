package org.ketaminereference.content;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one file while it is read, so each check only says what is wrong. */
final class Problems {

	private final List<ContentProblem> all = new ArrayList<>();

	void add(String file, int line, String field, String message) {
		all.add(new ContentProblem(file, line, field, message));
	}

	boolean isEmpty() {
		return all.isEmpty();
	}

	int size() {
		return all.size();
	}

	void throwIfAny() {
		if (!all.isEmpty()) {
			throw new InvalidContentException(all);
		}
	}

}
