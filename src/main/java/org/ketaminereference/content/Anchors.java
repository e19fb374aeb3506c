package org.ketaminereference.content;

/** The one definition of what a heading anchor (an id an author can write) looks like. */
public final class Anchors {

	/** A letter, then letters, digits, hyphens or underscores. */
	public static final String ID = "[A-Za-z][A-Za-z0-9_-]*";

	public static final String ID_MESSAGE = "must be an id like 'first-trials': a letter, then letters, digits, '-' or '_'";

	/** Where a moved anchor now is: an id in the same section, or {@code slug#id} in another. */
	public static final String TARGET = "(" + Slugs.PATTERN + "#)?" + ID;

	public static final String TARGET_MESSAGE = "must be a heading id like 'first-trials', or 'slug#id' for a heading in another section";

	private Anchors() {
	}

}
