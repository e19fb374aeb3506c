package org.ketaminereference.discovery;

/** robots.txt: every page may be crawled, and the sitemap lists them. */
public final class RobotsTxt {

	/** Where robots.txt is served. */
	public static final String PATH = "/robots.txt";

	private RobotsTxt() {
	}

	/** @param baseUrl the site's public URL: crawlers need the sitemap's absolute URL */
	public static String write(String baseUrl) {
		return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + Sitemap.PATH + "\n";
	}

}
