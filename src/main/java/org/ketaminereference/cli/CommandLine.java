package org.ketaminereference.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.ketaminereference.site.ReferenceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Decides what a start of the jar does: check the content, export the site, write a prebuilt
 * site, or (no command) serve it. Commands report on the given streams and return an exit code instead of exiting, so
 * tests run them in-process.
 */
public final class CommandLine {

	static final String CHECK = "--check";

	static final String EXPORT = "--export";

	static final String PREBUILD = "--prebuild";

	/** The exit code for a command line that cannot be understood. */
	static final int USAGE = 2;

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	/**
	 * @param application the Spring Boot application class, started (without a web server) by
	 * commands that render pages
	 */
	public CommandLine(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command in {@code args}, if there is one.
	 * @return the exit code, or empty when {@code args} hold no command and the site should be
	 * served
	 */
	public OptionalInt run(String... args) {
		List<String> commands = Arrays.stream(args)
			.filter((arg) -> arg.equals(CHECK) || takesPath(arg, EXPORT) || takesPath(arg, PREBUILD))
			.toList();
		if (commands.isEmpty()) {
			return OptionalInt.empty();
		}
		if (commands.size() > 1) {
			err.println("Give one command at a time: " + CHECK + ", " + EXPORT + "=DIR or " + PREBUILD + "=FILE");
			return OptionalInt.of(USAGE);
		}
		String command = commands.get(0);
		if (command.equals(CHECK)) {
			quietLibraryLogging();
			return OptionalInt.of(new ContentCheck(out, err).run(properties(args)));
		}
		WriteSiteCommand write = new WriteSiteCommand(application, out, err);
		if (takesPath(command, EXPORT)) {
			String directory = path(command, EXPORT);
			if (directory.isBlank()) {
				err.println(EXPORT + " needs a directory to write to: " + EXPORT + "=DIR");
				return OptionalInt.of(USAGE);
			}
			return OptionalInt.of(write.run(WriteSiteCommand.export(Path.of(directory)), args));
		}
		String file = path(command, PREBUILD);
		if (file.isBlank()) {
			err.println(PREBUILD + " needs a file to write to: " + PREBUILD + "=FILE");
			return OptionalInt.of(USAGE);
		}
		return OptionalInt.of(write.run(WriteSiteCommand.prebuild(Path.of(file)), args));
	}

	/** {@code --export} or {@code --export=...}: the command, with or without its path. */
	private static boolean takesPath(String arg, String command) {
		return arg.equals(command) || arg.startsWith(command + "=");
	}

	private static String path(String arg, String command) {
		return arg.substring(Math.min(arg.length(), command.length() + 1));
	}

	/**
	 * Without Spring Boot's logging setup the libraries would log at INFO and DEBUG around the
	 * report; only their warnings matter here.
	 */
	private static void quietLibraryLogging() {
		LoggingSystem.get(CommandLine.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
	}

	/**
	 * The site's settings as the application would bind them from the command line, system
	 * properties and environment variables, without starting Spring.
	 */
	static ReferenceProperties properties(String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return Binder.get(environment).bindOrCreate("reference", ReferenceProperties.class);
	}

}
