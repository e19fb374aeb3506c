package org.ketaminereference.content;

import jakarta.validation.constraints.AssertTrue;

/** A CSL name: a person (family, given, suffix) or an organisation ({@code literal}). */
public record ReferenceName(String family, String given, String suffix, String literal) {

	@AssertTrue(message = "needs a family name or a literal (organisation) name")
	public boolean isNamed() {
		return hasText(family) || hasText(literal);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
