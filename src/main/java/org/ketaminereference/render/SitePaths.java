package org.ketaminereference.render;

/**
 * The paths of the pages the site builds from the article, which a link in the content may point
 * at. They are named here, below the site, so that links can be checked while rendering; a test
 * of the site checks that it serves every one of them.
 */
public final class SitePaths {

	public static final String HOME = "/";

	public static final String ARTICLE = "/article";

	public static final String REFERENCES = "/references";

	public static final String ABOUT = "/about";

	public static final String CHANGES = "/changes";

	public static final String GLOSSARY = "/glossary";

	/** Every page above; sections come on top, at {@link #section}. */
	public static final java.util.Set<String> PAGES = java.util.Set.of(HOME, ARTICLE, REFERENCES, ABOUT, CHANGES,
			GLOSSARY);

	private SitePaths() {
	}

	public static String section(String slug) {
		return "/" + slug;
	}

}
