package org.ketaminereference.discovery;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapTests {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Test
	void listsEachPageWithItsAbsoluteUrlAndDateInOrder() throws Exception {
		Map<String, LocalDate> pages = new LinkedHashMap<>();
		pages.put("/", LocalDate.of(2026, 11, 25));
		pages.put("/history", LocalDate.of(2026, 10, 1));
		pages.put("/a&b", LocalDate.of(2026, 9, 2));
		Document sitemap = parse(Sitemap.write("https://ketamine.example", pages));

		Element root = sitemap.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("urlset");
		assertThat(root.getNamespaceURI()).isEqualTo(NAMESPACE);
		NodeList urls = root.getElementsByTagNameNS(NAMESPACE, "url");
		assertThat(urls.getLength()).isEqualTo(3);
		assertThat(text(urls.item(0), "loc")).isEqualTo("https://ketamine.example/");
		assertThat(text(urls.item(1), "loc")).isEqualTo("https://ketamine.example/history");
		assertThat(text(urls.item(1), "lastmod")).isEqualTo("2026-10-01");
		assertThat(text(urls.item(2), "loc")).isEqualTo("https://ketamine.example/a&b");
	}

	@Test
	void robotsTxtPointsToTheAbsoluteSitemapUrl() {
		assertThat(RobotsTxt.write("https://ketamine.example").lines())
			.contains("User-agent: *", "Sitemap: https://ketamine.example/sitemap.xml");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String text(org.w3c.dom.Node url, String name) {
		return ((Element) url).getElementsByTagNameNS(NAMESPACE, name).item(0).getTextContent();
	}

}
