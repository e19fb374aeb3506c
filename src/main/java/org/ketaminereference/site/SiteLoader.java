package org.ketaminereference.site;

import org.ketaminereference.render.RenderedArticle;

/**
 * Where a site comes from: the {@link PrebuiltSite} when it was made from the same content,
 * settings and application build, else the content loaded, validated and rendered. The one way
 * the server's first snapshot, the content watcher's rebuilds, the commands that write the site
 * out and {@code --check} get a site.
 */
public final class SiteLoader {

	private final SiteBuilder builder;

	private final ReferenceProperties properties;

	public SiteLoader(SiteBuilder builder, ReferenceProperties properties) {
		this.builder = builder;
		this.properties = properties;
	}

	/**
	 * The prebuilt site if it fits, else {@link #build()}.
	 * @throws org.ketaminereference.content.InvalidContentException listing every problem found
	 */
	public SiteSnapshot load() {
		return PrebuiltSite.read(properties).orElseGet(this::build);
	}

	/**
	 * Renders the content as it is now, ignoring any prebuilt site: after an edit, the prebuilt
	 * site is out of date anyway.
	 * @throws org.ketaminereference.content.InvalidContentException listing every problem found
	 */
	public SiteSnapshot build() {
		return builder.build(check(), properties);
	}

	/**
	 * The content loaded, validated and rendered: the first step of {@link #build()}, and the last
	 * that can refuse content, since building the pages of a rendered article refuses nothing.
	 * {@code --check} runs this, so that it says exactly what a start would say, and stops here:
	 * building every page as well would double its time and find nothing more.
	 * @throws org.ketaminereference.content.InvalidContentException listing every problem found
	 */
	public RenderedArticle check() {
		return SiteArticle.load(properties.contentDir());
	}

}
