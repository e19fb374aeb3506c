package org.ketaminereference.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.SiteBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Answers {@code /search?q=...} with the results page. More specific than the site's
 * {@code /**} mapping, so it wins. Every query gets a page (200), whatever it contains; the page
 * explains an empty or over-long query. {@code exact} (any value) searches for the query as typed,
 * without correcting its spelling: the page's "search instead for" link.
 */
@Controller
final class SearchController {

	private final CurrentSite site;

	private final SiteBuilder builder;

	SearchController(CurrentSite site, SiteBuilder builder) {
		this.site = site;
		this.builder = builder;
	}

	/**
	 * Results are not stored by browsers or proxies: a query about one's health is private, and
	 * it costs little to search again.
	 */
	@RequestMapping(path = Routes.SEARCH, method = { RequestMethod.GET, RequestMethod.HEAD })
	void search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "exact", required = false) String exact, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		PageWriter.writeNoStore(request, response, HttpServletResponse.SC_OK,
				builder.searchPage(site.snapshot(), query, exact == null));
	}

}
