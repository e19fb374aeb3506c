package org.ketaminereference.site;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.KetamineReferenceApplication;
import org.ketaminereference.cli.CommandLine;
import org.ketaminereference.content.TestContent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application as {@code main} does with {@code reference.prebuilt-site} set: it serves
 * the file when the content is the one the file was made from, and renders the content otherwise.
 * To tell the two apart, the file holds a page the content would never render.
 */
class PrebuiltSiteIT {

	@TempDir
	Path directory;

	private TestContent content;

	private Path file;

	@BeforeEach
	void saveASiteWithAMarkedPage() {
		content = TestContent.in(directory.resolve("content"));
		file = directory.resolve("site.prebuilt");
		ReferenceProperties properties = new ReferenceProperties(content.directory(), "http://localhost:8080", false,
				file, null);
		SiteSnapshot built = new SiteLoader(new SiteBuilder(), properties).build();
		Map<String, Page> pages = new HashMap<>(built.pages());
		pages.put("/alpha", Page.html("<!DOCTYPE html><html lang=\"en\"><title>t</title><h1>From the prebuilt file</h1>"));
		PrebuiltSite.write(new SiteSnapshot(pages, built.redirects(), built.notFound(), built.error(),
				built.lastModified(), built.site(), built.search()), properties, file);
	}

	@Test
	void unchangedContentIsServedFromTheFile() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(get(context, "/alpha").select("h1").text()).isEqualTo("From the prebuilt file");
		}
	}

	@Test
	void changedContentIsRendered() throws Exception {
		content.replace("sections/01-alpha.md", "Alpha text.", "Alpha text, revised.");
		try (ConfigurableApplicationContext context = start()) {
			Document page = get(context, "/alpha");
			assertThat(page.select("h1").text()).isEqualTo("Section alpha");
			assertThat(page.select("main").text()).contains("Alpha text, revised.");
		}
	}

	@Test
	void thePrebuildCommandWritesAFileThatTheNextStartServes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] args = { "--prebuild=" + file, "--reference.content-dir=" + content.directory(),
				"--spring.main.banner-mode=off" };
		assertThat(new CommandLine(KetamineReferenceApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err)
			.run(args)).hasValue(0);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote the prebuilt site to " + file);
		SiteSnapshot read = PrebuiltSite
			.read(new ReferenceProperties(content.directory(), "http://localhost:8080", false, file, null))
			.orElseThrow();
		assertThat(Jsoup.parse(new String(read.pages().get("/alpha").body(), StandardCharsets.UTF_8)).select("h1").text()).isEqualTo("Section alpha");
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(KetamineReferenceApplication.class, "--server.port=0", "--management.server.port=0",
				"--reference.content-dir=" + content.directory(),
				"--reference.prebuilt-site=" + file, "--spring.main.banner-mode=off");
	}

	private static Document get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
