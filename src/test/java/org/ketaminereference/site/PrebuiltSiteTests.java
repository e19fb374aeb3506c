package org.ketaminereference.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site saved with {@link PrebuiltSite#write} reads back as the same site, and only when it was
 * made from the same content and settings: anything else, or a damaged file, means rendering.
 */
class PrebuiltSiteTests {

	@TempDir
	Path directory;

	private TestContent content;

	private Path file;

	private ReferenceProperties properties;

	private SiteSnapshot built;

	@BeforeEach
	void buildAndSave() {
		content = TestContent.in(directory.resolve("content"));
		file = directory.resolve("site.prebuilt");
		properties = properties("https://example.org");
		built = new SiteLoader(new SiteBuilder(), properties).build();
		PrebuiltSite.write(built, properties, file);
	}

	@Test
	void readsBackEveryPageByteForByteWithItsHeaders() {
		SiteSnapshot read = PrebuiltSite.read(properties).orElseThrow();
		assertThat(read.pages().keySet()).isEqualTo(built.pages().keySet()).contains("/", "/alpha", "/references");
		built.pages().forEach((path, page) -> assertSamePage(read.pages().get(path), page));
		assertSamePage(read.notFound(), built.notFound());
		assertSamePage(read.error(), built.error());
		assertThat(read.redirects()).isEqualTo(built.redirects());
		assertThat(read.lastModified()).isEqualTo(built.lastModified());
		assertThat(read.site()).isEqualTo(built.site());
	}

	@Test
	void readsBackTheSearchIndex() {
		SiteSnapshot read = PrebuiltSite.read(properties).orElseThrow();
		assertThat(read.search().passages()).isEqualTo(built.search().passages()).isNotEmpty();
		assertThat(read.search().search("alpha")).isEqualTo(built.search().search("alpha"));
	}

	@Test
	void changedContentIsRenderedInstead() {
		content.replace("sections/01-alpha.md", "Alpha text.", "Alpha text, revised.");
		assertThat(PrebuiltSite.read(properties)).isEmpty();
	}

	@Test
	void anAddedFileIsAChangeToo() throws IOException {
		Files.writeString(content.directory().resolve("notes.txt"), "draft");
		assertThat(PrebuiltSite.read(properties)).isEmpty();
	}

	@Test
	void anotherBaseUrlIsRenderedInstead() {
		assertThat(PrebuiltSite.read(properties("https://mirror.example.net"))).isEmpty();
	}

	@Test
	void anotherFeedbackUrlIsRenderedInstead() {
		// The section pages carry the feedback link, so pages built without it would be stale.
		assertThat(PrebuiltSite.read(new ReferenceProperties(content.directory(), "https://example.org", false, file,
				"mailto:errors@example.org")))
			.isEmpty();
	}

	@Test
	void anEmptyFeedbackUrlIsNone() {
		// The container image sets REFERENCE_FEEDBACK_URL to "" when built without one.
		assertThat(PrebuiltSite.read(new ReferenceProperties(content.directory(), "https://example.org", false, file, "")))
			.isPresent();
	}

	@Test
	void aDamagedFileIsRenderedInstead() throws IOException {
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length / 2));
		assertThat(PrebuiltSite.read(properties)).isEmpty();
		Files.write(file, Arrays.copyOf(whole, whole.length + 1));
		assertThat(PrebuiltSite.read(properties)).isEmpty();
		Files.writeString(file, "not a site", StandardCharsets.UTF_8);
		assertThat(PrebuiltSite.read(properties)).isEmpty();
	}

	@Test
	void aMissingFileOrNoneNamedIsRenderedInstead() throws IOException {
		Files.delete(file);
		assertThat(PrebuiltSite.read(properties)).isEmpty();
		assertThat(PrebuiltSite.read(new ReferenceProperties(content.directory(), "https://example.org", false, null, null)))
			.isEmpty();
	}

	@Test
	void writingAgainReplacesTheFileAndLeavesNothingElse() throws IOException {
		content.replace("sections/01-alpha.md", "Alpha text.", "Alpha text, revised.");
		PrebuiltSite.write(new SiteLoader(new SiteBuilder(), properties).build(), properties,
				file);
		assertThat(PrebuiltSite.read(properties)).isPresent();
		try (var files = Files.list(directory)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("content",
					"site.prebuilt");
		}
	}

	private ReferenceProperties properties(String baseUrl) {
		return new ReferenceProperties(content.directory(), baseUrl, false, file, null);
	}

	private static void assertSamePage(Page read, Page built) {
		assertThat(read.contentType()).isEqualTo(built.contentType());
		assertThat(read.body()).isEqualTo(built.body());
		assertThat(read.gzipped()).isEqualTo(built.gzipped());
		assertThat(read.etag()).isEqualTo(built.etag());
		assertThat(read.headers()).isEqualTo(built.headers()).isInstanceOf(Map.class);
	}

}
