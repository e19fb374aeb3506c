package org.ketaminereference;

import java.util.OptionalInt;

import org.ketaminereference.cli.CommandLine;
import org.ketaminereference.site.BackgroundSiteBuild;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetamineReferenceApplication {

	/** Serves the site, or runs {@code --check} or {@code --export=DIR} and exits. */
	public static void main(String[] args) {
		OptionalInt exitCode = new CommandLine(KetamineReferenceApplication.class, System.out, System.err).run(args);
		if (exitCode.isPresent()) {
			System.exit(exitCode.getAsInt());
		}
		application().run(args);
	}

	/** The application as {@link #main} serves it: the site is built while the server starts. */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(KetamineReferenceApplication.class);
		application.addInitializers(new BackgroundSiteBuild());
		return application;
	}

}
