package org.ketaminereference.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap search engines read ({@code https://www.sitemaps.org/protocol.html}): every page's
 * absolute URL and when it last changed. Written with the JDK's XML stream writer, which escapes
 * what XML requires.
 */
public final class Sitemap {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private Sitemap() {
	}

	/**
	 * @param baseUrl the site's public URL, without a trailing slash
	 * @param lastModified each page's path and the date its content last changed, in the order to
	 * list them
	 */
	public static byte[] write(String baseUrl, Map<String, LocalDate> lastModified) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			for (Map.Entry<String, LocalDate> page : lastModified.entrySet()) {
				xml.writeStartElement("url");
				element(xml, "loc", baseUrl + page.getKey());
				element(xml, "lastmod", page.getValue().toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the sitemap", ex);
		}
		out.write('\n');
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
