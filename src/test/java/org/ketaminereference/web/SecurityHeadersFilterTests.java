package org.ketaminereference.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTests {

	private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

	@Test
	void setsEveryHeaderBeforeTheRequestIsHandled() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/history"), response, chain);
		assertThat(chain.getRequest()).as("the request went on").isNotNull();
		SecurityHeadersIT.EXPECTED.forEach((name, value) -> assertThat(response.getHeader(name)).as(name).isEqualTo(value));
		assertThat(response.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void addsHstsOnlyToSecureRequests() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/history");
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
	}

	@Test
	void thePolicyAllowsNothingInlineAndNothingFromElsewhere() {
		String policy = SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*")
			.contains("default-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'");
	}

	/** The site's icon is a data: URL in the page; no script, style or frame may be one. */
	@Test
	void dataUrlsAreAllowedForImagesOnly() {
		for (String directive : SecurityHeadersFilter.CONTENT_SECURITY_POLICY.split(";\\s*")) {
			if (directive.startsWith("img-src ")) {
				assertThat(directive).isEqualTo("img-src 'self' data:");
			}
			else {
				assertThat(directive).doesNotContain("data:");
			}
		}
	}

}
