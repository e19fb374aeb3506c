package org.ketaminereference.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.KetamineReferenceApplication;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.content.TestContent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Starts the application as {@code main} does, with the site loaded while the server starts, on
 * a small content directory.
 */
class SiteStartIT {

	@TempDir
	Path directory;

	@Test
	void servesTheSiteLoadedWhileTheServerStarted() throws Exception {
		TestContent.in(directory);
		try (ConfigurableApplicationContext context = start()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/alpha")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Section alpha");
		}
	}

	@Test
	void invalidContentStillStopsTheStart() {
		TestContent.in(directory).section("01-alpha.md", "alpha", 1, "Text.[@nobody2099]\n");
		Throwable failure = catchThrowable(this::start);
		assertThat(failure).isNotNull();
		Throwable cause = failure;
		while (!(cause instanceof InvalidContentException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(InvalidContentException.class).hasMessageContaining("nobody2099");
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(KetamineReferenceApplication.class, "--server.port=0", "--management.server.port=0",
				"--reference.content-dir=" + directory, "--spring.main.banner-mode=off");
	}

}
