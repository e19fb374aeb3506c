package org.ketaminereference.site;

/**
 * Where a site comes from: the {@link PrebuiltSite} when it was made from the same content,
 * settings and application build, else the content loaded, validated and rendered. The one way
 * the server's first snapshot, the content watcher's rebuilds and the commands that write the
 * site out get a site.
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
		return builder.build(properties);
	}

}
