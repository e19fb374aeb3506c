package org.ketaminereference.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ketaminereference.export.ExportException;
import org.ketaminereference.export.StaticExport;
import org.ketaminereference.pdf.ArticlePdfs;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.PrebuiltSite;
import org.ketaminereference.site.Precompression;
import org.ketaminereference.site.ReferenceProperties;
import org.ketaminereference.site.SiteBuilder;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.aot.AotDetector;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;

/**
 * The commands that build the site and write it out: {@code --export=DIR} (every page as a file,
 * for any static web server) and {@code --prebuild=FILE} (a {@link PrebuiltSite} that a later
 * start with the same content reads instead of rendering). Both start the application without a
 * web server, so the pages are rendered by the same code and configuration as when it serves
 * them.
 */
final class WriteSiteCommand {

	static final int WRITTEN = 0;

	static final int FAILED = 1;

	/** Writes the built site; returns what to tell the user, or throws with a message that says what failed. */
	interface Output {

		String write(SiteSnapshot site, ReferenceProperties properties, SiteBuilder builder);

	}

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	WriteSiteCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	static Output export(Path directory) {
		return (site, properties, builder) -> {
			Map<String, Page> staticOnly = new LinkedHashMap<>(builder.staticSearch(site));
			staticOnly.putAll(ArticlePdfs.all(site));
			int files = new StaticExport(site, Precompression.withBrotli(staticOnly)).writeTo(directory);
			return String.format("Exported %d files to %s", files, directory.toAbsolutePath().normalize());
		};
	}

	static Output prebuild(Path file) {
		return (site, properties, builder) -> {
			PrebuiltSite.write(site, properties, file);
			return "Wrote the prebuilt site to " + file.toAbsolutePath().normalize()
					+ "; start with reference.prebuilt-site set to it";
		};
	}

	int run(Output output, String... args) {
		// The ahead-of-time bean definitions in the jar are the web server's (the Docker image
		// starts with -Dspring.aot.enabled=true); this context has no web server, so Spring builds
		// it from the configuration classes instead.
		SpringProperties.setFlag(AotDetector.AOT_ENABLED, false);
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).run(args);
		}
		catch (RuntimeException ex) {
			// Spring Boot has already reported why (every content problem, or the setting at fault).
			err.println("Nothing was written: the site could not be built.");
			return FAILED;
		}
		try (context) {
			// Both are made once and served many times: worth Brotli at its best quality.
			SiteSnapshot site = Precompression.withBrotli(context.getBean(CurrentSite.class).snapshot());
			out.println(output.write(site, context.getBean(ReferenceProperties.class), context.getBean(SiteBuilder.class)));
			return WRITTEN;
		}
		catch (ExportException | UncheckedIOException ex) {
			err.println(ex.getMessage());
			return FAILED;
		}
	}

}
