package org.ketaminereference.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The print stylesheets and fonts in {@code pdf/} on the classpath. */
final class Resources {

	private Resources() {
	}

	static byte[] read(String name) {
		try (InputStream in = Resources.class.getClassLoader().getResourceAsStream("pdf/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource pdf/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
