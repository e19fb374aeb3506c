package org.ketaminereference;

import java.util.OptionalInt;

import org.ketaminereference.cli.CommandLine;
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
		SpringApplication.run(KetamineReferenceApplication.class, args);
	}

}
