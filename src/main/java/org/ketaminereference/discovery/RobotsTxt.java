package org.ketaminereference.discovery;

import org.ketaminereference.routes.Routes;

/** robots.txt: every page may be crawled, and the sitemap lists them. */
public final class RobotsTxt {

	private RobotsTxt() {
	}

	/** @param baseUrl the site's public URL: crawlers need the sitemap's absolute URL */
	public static String write(String baseUrl) {
		return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + Routes.SITEMAP + "\n";
	}

}
