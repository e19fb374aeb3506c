package org.ketaminereference.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.ketaminereference.export.ExportException;
import org.ketaminereference.export.StaticExport;
import org.ketaminereference.site.CurrentSite;
import org.springframework.aot.AotDetector;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;

/**
 * {@code --export=DIR}: starts the application without a web server, so the pages are rendered
 * by the same code and configuration as when it serves them, and writes its snapshot to
 * {@code DIR}.
 */
final class ExportCommand {

	static final int EXPORTED = 0;

	static final int FAILED = 1;

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	ExportCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	int run(Path directory, String... args) {
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
			err.println("Nothing was exported: the site could not be built.");
			return FAILED;
		}
		try (context) {
			int files = new StaticExport(context.getBean(CurrentSite.class).snapshot()).writeTo(directory);
			out.printf("Exported %d files to %s%n", files, directory.toAbsolutePath().normalize());
			return EXPORTED;
		}
		catch (ExportException ex) {
			err.println(ex.getMessage());
			return FAILED;
		}
	}

}
