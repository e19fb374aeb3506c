package org.ketaminereference.web;

/** Matching {@code If-None-Match} against a page's entity tag. */
final class EntityTags {

	private EntityTags() {
	}

	/**
	 * True when {@code If-None-Match} names the tag or is {@code *}. The comparison is the weak
	 * one RFC 9110 prescribes for this header: {@code W/"x"} matches {@code "x"}. A client sends
	 * back the one tag it was given, so that is checked before the list is read.
	 */
	static boolean match(String ifNoneMatch, String etag) {
		if (ifNoneMatch.equals(etag)) {
			return true;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
				return true;
			}
		}
		return false;
	}

}
