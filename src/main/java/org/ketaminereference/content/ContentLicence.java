package org.ketaminereference.content;

/**
 * The licence of the article and its data: the full text is {@code content/LICENSE}. Kept here
 * once so that the page footer and the pages' structured data cannot name different licences.
 *
 * @param name the licence's short name, as readers know it
 * @param url the licence's canonical address
 */
public record ContentLicence(String name, String url) {

	/** Creative Commons Attribution 4.0 International. */
	public static final ContentLicence CC_BY_4_0 = new ContentLicence("CC BY 4.0",
			"https://creativecommons.org/licenses/by/4.0/");

}
