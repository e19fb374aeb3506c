package org.ketaminereference.content;

import java.util.List;

/**
 * The content cannot be published. Carries every problem found, not just the first, so an
 * author can fix them all in one pass.
 */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return problems;
	}

	private static String describe(List<ContentProblem> problems) {
		StringBuilder text = new StringBuilder("The content has ").append(problems.size())
			.append(problems.size() == 1 ? " problem:" : " problems:");
		problems.forEach((problem) -> text.append(System.lineSeparator()).append("  ").append(problem));
		return text.toString();
	}

}
