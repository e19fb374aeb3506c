package org.ketaminereference.site;

import java.util.List;

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

}
