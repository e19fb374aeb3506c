package org.ketaminereference.web;

import java.io.CharArrayWriter;

import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's access log, one line per request in the combined log format, written through the
 * application's log (logger {@value #LOGGER}) rather than to a file: it goes to standard output
 * with everything else, where container platforms collect it, and is JSON when the logs are
 * ({@code logging.structured.format.console}). Installed on the public port only, when
 * {@code reference.access-log} is true ({@link WebConfiguration}), so that the platform's probes
 * of the management port do not fill it.
 */
final class AccessLog extends AbstractAccessLogValve {

	static final String LOGGER = "access-log";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	AccessLog() {
		setPattern("combined");
		setAsyncSupported(true);
	}

	@Override
	protected void log(CharArrayWriter message) {
		log.info(message.toString());
	}

}
