package org.ketaminereference.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.ketaminereference.content.ContentLoader;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;
import org.ketaminereference.content.InvalidContentException;

/**
 * Builds the whole site from one input of the hostile corpus, through the real loader, renderer,
 * templates and site builder, without Spring: the same pages the server would send.
 */
public final class HostileSites {

	private static final ContentLoader LOADER = new ContentLoader();

	private static final SiteBuilder BUILDER = new SiteBuilder(SiteTemplates.engine(), Clock.systemUTC());

	private static final ReferenceProperties PROPERTIES = new ReferenceProperties(Path.of("content"),
			"https://example.org", false, null);

	private HostileSites() {
	}

	/**
	 * @param workspace a folder the input's content files are written into
	 * @throws InvalidContentException when the loader refuses the input as a content problem
	 */
	public static SiteSnapshot build(HostileInput input, Path workspace) throws IOException {
		Path directory = Files.createDirectories(workspace.resolve(input.name()));
		return BUILDER.build(LOADER.load(input.content().writeTo(directory)), PROPERTIES);
	}

	/** The real content, built the same way. */
	static SiteSnapshot buildRealSite() {
		return BUILDER.build(LOADER.load(Path.of("content")), PROPERTIES);
	}

}
