package org.ketaminereference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged jar as the Docker image does, with the JVM flags of the Dockerfile's
 * {@code ENTRYPOINT} (ahead-of-time bean definitions, serial collector, heap share), which no
 * other test uses: every other test builds its context from the configuration classes.
 */
class PackagedJarIT {

	private static final Path JAR = Path.of("target/ketamine-reference.jar");

	private static final Pattern STARTED_ON_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@Test
	void servesPagesWithTheImagesFlags(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("server.log");
		Process server = start(log, "--server.port=0");
		try {
			int port = awaitPort(server, log);
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mental-health")).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(page.statusCode()).isEqualTo(200);
			Document html = Jsoup.parse(page.body());
			assertThat(html.selectFirst("h1").text()).isNotBlank();
			assertThat(html.select("section.references li[id^=ref-]")).isNotEmpty();
			assertThat(Files.readString(log)).contains("Starting AOT-processed");
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void exportsTheSiteWithTheImagesFlags(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("export.log");
		Path site = temp.resolve("site");
		Process export = start(log, "--export=" + site);

		assertThat(export.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(export.exitValue()).as(Files.readString(log)).isZero();
		assertThat(site.resolve("mental-health/index.html")).isRegularFile();
	}

	@Test
	void servesTheSitePrebuiltByThePackagedJar(@TempDir Path temp) throws Exception {
		Path prebuilt = temp.resolve("site.prebuilt");
		Path prebuildLog = temp.resolve("prebuild.log");
		Process prebuild = start(prebuildLog, "--prebuild=" + prebuilt);
		assertThat(prebuild.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(prebuild.exitValue()).as(Files.readString(prebuildLog)).isZero();

		Path log = temp.resolve("server.log");
		Process server = start(log, "--server.port=0", "--reference.prebuilt-site=" + prebuilt);
		try {
			int port = awaitPort(server, log);
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mental-health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(page.body()).select("section.references li[id^=ref-]")).isNotEmpty();
			assertThat(Files.readString(log)).contains("Serving the prebuilt site " + prebuilt);
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process start(Path log, String... args) throws IOException {
		assertThat(JAR).as("the packaged jar (./mvnw package)").isRegularFile();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(entrypointFlags());
		command.add("-jar");
		command.add(JAR.toString());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** The JVM flags of the Dockerfile's ENTRYPOINT, without the CDS archive only the image has. */
	private static List<String> entrypointFlags() throws IOException {
		String entrypoint = Files.readAllLines(Path.of("Dockerfile"))
			.stream()
			.filter((line) -> line.startsWith("ENTRYPOINT"))
			.findFirst()
			.orElseThrow();
		List<String> flags = new ArrayList<>();
		Matcher flag = Pattern.compile("\"(-[XD][^\"]*)\"").matcher(entrypoint);
		while (flag.find()) {
			if (!flag.group(1).startsWith("-XX:SharedArchiveFile")) {
				flags.add(flag.group(1));
			}
		}
		assertThat(flags).contains("-Dspring.aot.enabled=true");
		return flags;
	}

	private static int awaitPort(Process server, Path log) throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			Matcher started = STARTED_ON_PORT.matcher(Files.readString(log));
			if (started.find()) {
				return Integer.parseInt(started.group(1));
			}
			assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
			Thread.sleep(100);
		}
		throw new AssertionError("The jar did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
	}

}
