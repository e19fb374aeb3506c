package org.ketaminereference.export;

/** The export could not be written; the message says where and why. */
public class ExportException extends RuntimeException {

	ExportException(String message, Throwable cause) {
		super(message, cause);
	}

	ExportException(String message) {
		super(message);
	}

}
