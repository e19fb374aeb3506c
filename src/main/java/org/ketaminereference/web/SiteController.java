package org.ketaminereference.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.site.CurrentSite;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Answers what {@link PageServingValve} passes on: a GET or HEAD for a path the snapshot does
 * not have gets the 404 page. Any other method, on any path, gets 405 from Spring.
 */
@Controller
final class SiteController {

	private final CurrentSite site;

	SiteController(CurrentSite site) {
		this.site = site;
	}

	@RequestMapping(path = "/**", method = { RequestMethod.GET, RequestMethod.HEAD })
	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		PageWriter.writeNoStore(request, response, HttpServletResponse.SC_NOT_FOUND, site.snapshot().notFound());
	}

}
