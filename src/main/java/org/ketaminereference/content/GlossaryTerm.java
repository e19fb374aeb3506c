package org.ketaminereference.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One entry of {@code glossary.yaml}: a technical term the article uses and its plain-language
 * definition. The first time a page uses any of the term's forms, the page links it to the
 * definition.
 *
 * @param term the term as the glossary lists it, such as {@code NMDA receptor}
 * @param abbreviation the short form the text may use instead, such as {@code PTSD}; optional
 * @param aliases other forms that count as the term in the text, such as plurals
 * @param definition one or two plain sentences; plain text, no Markdown and no citations
 */
public record GlossaryTerm(@NotBlank @Size(max = 80) @Pattern(regexp = FORM, message = FORM_MESSAGE) String term,
		@Size(max = 20) @Pattern(regexp = FORM, message = FORM_MESSAGE) String abbreviation,
		List<@NotBlank @Size(max = 80) @Pattern(regexp = FORM, message = FORM_MESSAGE) String> aliases,
		@NotBlank @Size(max = 400) @Pattern(regexp = "(?s)(?!.*\\[@).*",
				message = "is plain text; a glossary definition cannot cite sources") String definition) {

	/**
	 * A form is one line without surrounding spaces, so that it can be found in the text, and its
	 * brackets are balanced: YAML cuts an unquoted {@code [a, (2R,6R)-b]} at the commas.
	 */
	private static final String FORM = "(?=\\S(.*\\S)?$)[^()]*(\\([^()]*\\)[^()]*)*";

	private static final String FORM_MESSAGE = "must be one line without leading or trailing spaces, with "
			+ "balanced brackets; put a form with a comma in quotes";

	private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{M}+");

	private static final java.util.regex.Pattern NOT_ID_CHARACTERS = java.util.regex.Pattern.compile("[^a-z0-9]+");

	public GlossaryTerm {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	/** The anchor of the term on the glossary page, derived from the term so that it stays stable. */
	public String id() {
		String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(term, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NOT_ID_CHARACTERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		return "term-" + slug.replaceAll("^-+|-+$", "");
	}

	/** The term as a heading shows it: with its abbreviation, if it has one. */
	public String name() {
		return (abbreviation != null) ? term + " (" + abbreviation + ")" : term;
	}

	/** Every form that counts as this term in the text: the term, its abbreviation and aliases. */
	public List<String> forms() {
		List<String> forms = new ArrayList<>();
		forms.add(term);
		if (abbreviation != null) {
			forms.add(abbreviation);
		}
		forms.addAll(aliases);
		return forms;
	}

}
