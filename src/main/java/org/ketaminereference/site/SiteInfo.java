package org.ketaminereference.site;

import java.util.List;

import org.ketaminereference.content.ContentLicence;

/**
 * What every page's layout needs: the site's title and text, where its stylesheet, script and
 * icon are, and the navigation.
 */
public record SiteInfo(String title, String disclaimer, String crisisText, String stylesheet, String script,
		String favicon,
		String baseUrl, List<NavLink> sections) {

	public SiteInfo {
		sections = List.copyOf(sections);
	}

	/** The licence of the article and its data, named in every page's footer. */
	public ContentLicence licence() {
		return ContentLicence.CC_BY_4_0;
	}

}
