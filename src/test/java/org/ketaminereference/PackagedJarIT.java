package org.ketaminereference;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged jar as the Docker image does, with the JVM flags of the Dockerfile's
 * {@code ENTRYPOINT} (ahead-of-time bean definitions, serial collector, heap share), which no
 * other test uses: every other test builds its context from the configuration classes. Each
 * command runs in an empty folder of its own, so these tests also show that the jar carries its
 * article and needs no {@code content/} beside it.
 */
class PackagedJarIT {

	private static final Path JAR = Path.of("target/ketamine-reference.jar");

	private static final Pattern STARTED_ON_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@Test
	void servesPagesWithTheImagesFlags(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("server.log");
		Document html = Jsoup.parse(serveMentalHealth(log));
		assertThat(html.selectFirst("h1").text()).isNotBlank();
		assertThat(html.select("section.references li[id^=ref-]")).isNotEmpty();
		assertThat(Files.readString(log)).contains("Starting AOT-processed");
	}

	/**
	 * The management port exists only if the build's ahead-of-time processing made its context,
	 * so it is checked here, with the image's flags; metrics switched on at start; and the logs as
	 * JSON, access log included.
	 */
	@Test
	void answersOperatorsOnTheManagementPortAndLogsJson(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("server.log");
		int management = freePort();
		Process server = start(log, "--server.port=0", "--management.server.port=" + management,
				"--logging.structured.format.console=ecs", "--reference.access-log=true", "--reference.metrics=true");
		try {
			int port = awaitPort(server, log);
			awaitStarted(server, log);
			assertThat(get(port, "/mental-health").statusCode()).isEqualTo(200);
			assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
			HttpResponse<String> readiness = get(management, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"UP\"");
			assertThat(get(management, "/actuator/prometheus").body())
				.containsPattern("(?m)^site_requests_seconds_count\\{kind=\"section\",status=\"200\"} 1");
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
		List<String> lines = Files.readAllLines(log).stream().filter((line) -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty().allSatisfy((line) -> assertThat(JsonParserFactory.getJsonParser().parseMap(line))
			.as(line).containsKeys("@timestamp", "message"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("\"logger\":\"access-log\"")
			.contains("\\\"GET /mental-health HTTP/1.1\\\" 200 "));
	}

	/**
	 * Metrics are an opt-in read at start, which the ahead-of-time bean definitions must not have
	 * decided at build time: without the setting the endpoint answers 404 and not one Prometheus
	 * class is loaded, while health stays on the management port.
	 */
	@Test
	void leavesMetricsOffUnlessSwitchedOn(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("server.log");
		Path classes = temp.resolve("classes.log");
		int management = freePort();
		Process server = start(log, List.of("-Xlog:class+load=info:file=" + classes), "--server.port=0",
				"--management.server.port=" + management);
		try {
			int port = awaitPort(server, log);
			awaitStarted(server, log);
			assertThat(get(port, "/mental-health").statusCode()).isEqualTo(200);
			assertThat(get(management, "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get(management, "/actuator/prometheus").statusCode()).isEqualTo(404);
			assertThat(Files.readAllLines(classes)).isNotEmpty()
				.noneMatch((line) -> line.contains(" io.prometheus.") || line.contains(" io.micrometer.prometheusmetrics."));
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void exportsTheSiteWithTheImagesFlags(@TempDir Path temp) throws Exception {
		Path site = temp.resolve("site");
		runToCompletion(temp.resolve("export.log"), "--export=" + site);
		assertThat(site.resolve("mental-health/index.html")).isRegularFile();
	}

	@Test
	void servesTheSitePrebuiltByThePackagedJar(@TempDir Path temp) throws Exception {
		Path prebuilt = temp.resolve("site.prebuilt");
		runToCompletion(temp.resolve("prebuild.log"), "--prebuild=" + prebuilt);

		Path log = temp.resolve("server.log");
		String page = serveMentalHealth(log, "--reference.prebuilt-site=" + prebuilt);
		assertThat(Jsoup.parse(page).select("section.references li[id^=ref-]")).isNotEmpty();
		assertThat(Files.readString(log)).contains("Serving the prebuilt site " + prebuilt);
	}

	@Test
	void checksItsBuiltInArticleFromAnEmptyFolder(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("check.log");
		runToCompletion(log, "--check");
		assertThat(Files.readString(log)).containsPattern("the content is valid \\([1-9][0-9]* sections");
	}

	@Test
	void aContentFolderThatIsSetMustExist(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("check.log");
		Process check = start(log, "--check", "--reference.content-dir=" + temp.resolve("no-such-folder"));
		assertThat(check.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(check.exitValue()).isNotZero();
		assertThat(Files.readString(log)).contains(temp.resolve("no-such-folder").toString());
	}

	/**
	 * The PDF library (openhtmltopdf, PDFBox, Batik) costs nothing at start: none of its classes is
	 * loaded until the first request for the article's PDF, which then answers with one.
	 */
	@Test
	void loadsThePdfLibraryOnlyForTheFirstPdf(@TempDir Path temp) throws Exception {
		Path log = temp.resolve("server.log");
		Path classes = temp.resolve("classes.log");
		Process server = start(log, List.of("-Xlog:class+load=info:file=" + classes), "--server.port=0",
				"--management.server.port=0");
		try {
			int port = awaitPort(server, log);
			assertThat(get(port, "/mental-health").statusCode()).isEqualTo(200);
			assertThat(Files.readAllLines(classes)).noneMatch(PackagedJarIT::isPdfLibrary);

			HttpResponse<String> pdf = get(port, "/article.pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(pdf.body()).startsWith("%PDF-");
			assertThat(Files.readAllLines(classes)).anyMatch(PackagedJarIT::isPdfLibrary);
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static boolean isPdfLibrary(String loadedClass) {
		return loadedClass.contains(" com.openhtmltopdf.") || loadedClass.contains(" org.apache.pdfbox.")
				|| loadedClass.contains(" org.apache.batik.");
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
	}

	/** Starts the jar as a server, fetches {@code /mental-health} (which must answer 200), stops it. */
	private static String serveMentalHealth(Path log, String... args) throws Exception {
		List<String> serverArgs = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
		serverArgs.addAll(List.of(args));
		Process server = start(log, serverArgs.toArray(String[]::new));
		try {
			int port = awaitPort(server, log);
			HttpResponse<String> page = get(port, "/mental-health");
			assertThat(page.statusCode()).isEqualTo(200);
			return new String(page.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** A port nothing listens on now; the management port cannot be 0 here, as its log line is not told apart. */
	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Runs a command of the jar (export, prebuild) and checks that it exits 0 in time. */
	private static void runToCompletion(Path log, String... args) throws Exception {
		Process command = start(log, args);
		assertThat(command.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(command.exitValue()).as(Files.readString(log)).isZero();
	}

	private static Process start(Path log, String... args) throws IOException {
		return start(log, List.of(), args);
	}

	/** @param jvmFlags flags for this test besides the image's, such as logging */
	private static Process start(Path log, List<String> jvmFlags, String... args) throws IOException {
		assertThat(JAR).as("the packaged jar (./mvnw package)").isRegularFile();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(entrypointFlags());
		command.addAll(jvmFlags);
		command.add("-jar");
		command.add(JAR.toAbsolutePath().toString());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(log.getParent().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	/**
	 * The JVM flags of the Dockerfile's ENTRYPOINT (its script, src/main/docker/start, adds the AOT
	 * cache only the image has).
	 */
	private static List<String> entrypointFlags() throws IOException {
		String entrypoint = Files.readAllLines(Path.of("Dockerfile"))
			.stream()
			.filter((line) -> line.startsWith("ENTRYPOINT"))
			.findFirst()
			.orElseThrow();
		List<String> flags = new ArrayList<>();
		Matcher flag = Pattern.compile("\"(-[XD][^\"]*)\"").matcher(entrypoint);
		while (flag.find()) {
			flags.add(flag.group(1));
		}
		assertThat(flags).contains("-Dspring.aot.enabled=true");
		return flags;
	}

	/** The management server starts after the public one: waits until the start is complete. */
	private static void awaitStarted(Process server, Path log) throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (!Files.readString(log).contains("Started KetamineReferenceApplication") && Instant.now().isBefore(deadline)) {
			assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
			Thread.sleep(100);
		}
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
