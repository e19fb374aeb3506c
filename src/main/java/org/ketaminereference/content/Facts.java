package org.ketaminereference.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code facts.yaml}: the "At a glance" box on the landing page and the one-page article, a list
 * of labelled facts, each value with the references that support it.
 *
 * @param facts in the order the box shows them
 */
public record Facts(@NotEmpty List<@Valid @NotNull Fact> facts) {

	public Facts {
		facts = (facts != null) ? List.copyOf(facts) : null;
	}

	/**
	 * One labelled fact, such as "Drug class".
	 *
	 * @param label a few words, shown as the term of the definition list
	 * @param values one or more short statements, each shown with its citation
	 */
	public record Fact(@NotBlank @Size(max = 40) String label, @NotEmpty List<@Valid @NotNull Value> values) {

		public Fact {
			values = (values != null) ? List.copyOf(values) : null;
		}

	}

	/**
	 * One statement of a fact.
	 *
	 * @param text plain text, without Markdown or citations
	 * @param cite the keys of the references that support it, as in {@code [@key]}
	 */
	public record Value(@NotBlank @Size(max = 200) String text, @NotEmpty List<@NotBlank String> cite) {

		public Value {
			cite = (cite != null) ? List.copyOf(cite) : null;
		}

	}

}
