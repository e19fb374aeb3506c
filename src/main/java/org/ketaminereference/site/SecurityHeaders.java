package org.ketaminereference.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response of the site carries, in one place for the two ways it is
 * served: the application sets them on every response (web's {@code SecurityHeadersFilter}, also
 * for the pages web's {@code PageServingValve} answers), and
 * the static export writes them for nginx to include ({@code export/NginxIncludes}), so a site
 * served from the export sends exactly the same values.
 */
public final class SecurityHeaders {

	/**
	 * Only the site's own stylesheet, images, fonts and scripts; no inline code of any kind, no
	 * plugins, no framing, no {@code <base>}; forms only to the site itself. {@code connect-src
	 * 'self'}: the site's script fetches nothing, but Lighthouse reads robots.txt with a fetch from
	 * inside the page and reports it missing when the page forbids that; a fetch back to the site's
	 * own public pages gives nothing away. {@code img-src data:}: the site's icon is in the page
	 * (one request less for a first view); an image cannot run code.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	/**
	 * Powerful features a reference text never needs. Only names Chromium knows: an unknown name
	 * is a console error on every page.
	 */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
			+ "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), sync-xhr=(), usb=(), "
			+ "xr-spatial-tracking=()";

	/**
	 * Sent only over HTTPS (browsers ignore it over plain HTTP). One year, this host only: the site
	 * cannot know whether every other host under its domain serves HTTPS, so it does not claim
	 * {@code includeSubDomains}.
	 */
	public static final String STRICT_TRANSPORT_SECURITY_NAME = "Strict-Transport-Security";

	public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

	/** The headers on every response, secure or not, by name, in the order they are sent. */
	public static final Map<String, String> ALWAYS = always();

	private SecurityHeaders() {
	}

	private static Map<String, String> always() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		headers.put("Cross-Origin-Opener-Policy", "same-origin");
		headers.put("Cross-Origin-Resource-Policy", "same-origin");
		return Collections.unmodifiableMap(headers);
	}

}
