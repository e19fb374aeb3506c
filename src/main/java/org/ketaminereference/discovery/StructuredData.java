package org.ketaminereference.discovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ketaminereference.content.ContentLicence;
import org.ketaminereference.content.Reference;
import org.ketaminereference.routes.Routes;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org descriptions of the site's pages as JSON-LD, for a
 * {@code <script type="application/ld+json">} element. The JSON is written by Jackson and never
 * contains {@code <}, {@code >} or {@code &}: they are written as {@code \u003c} and so on, so no
 * text from the content can close the script element early.
 *
 * <p>Each source is described once, on the page of all references, under the address of its entry
 * there ({@code /references#ref-key}) as its {@code @id}; the article's pages cite it by that
 * {@code @id} alone. Repeating each description on every page that cites it made the JSON-LD a
 * tenth of a section page's compressed weight.
 */
public final class StructuredData {

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build())
		.build();

	/** schema.org types for the CSL types of the bibliography; any other is a CreativeWork. */
	private static final Map<String, String> CITATION_TYPES = Map.of("article-journal", "ScholarlyArticle", "report",
			"Report", "webpage", "WebPage");

	private final String siteName;

	private final String baseUrl;

	private final String siteUrl;

	/**
	 * @param siteName the site's title, also the name of the organisation that publishes it
	 * @param baseUrl the site's public URL, without a trailing slash
	 */
	public StructuredData(String siteName, String baseUrl) {
		this.siteName = siteName;
		this.baseUrl = baseUrl;
		this.siteUrl = baseUrl + "/";
	}

	/**
	 * A page of the article: a {@code MedicalWebPage} about the drug ketamine that cites its
	 * sources (by the {@code @id} {@link #bibliography} describes them under) and, for the
	 * one-page article, has the sections as parts.
	 */
	public String medicalWebPage(WebPage page, List<Reference> citations, List<WebPage> parts) {
		ObjectNode json = describe("MedicalWebPage", page);
		json.putObject("about").put("@type", "Drug").put("name", "ketamine");
		if (!citations.isEmpty()) {
			ArrayNode cited = json.putArray("citation");
			citations.forEach((reference) -> cited.add(JSON.createObjectNode().put("@id", idOf(reference))));
		}
		if (!parts.isEmpty()) {
			ArrayNode hasPart = json.putArray("hasPart");
			parts.forEach((part) -> hasPart.add(page("MedicalWebPage", part)));
		}
		return JSON.writeValueAsString(json);
	}

	/** The page of all references: a {@code WebPage} that describes each source under its {@code @id}. */
	public String bibliography(WebPage page, List<Reference> references) {
		ObjectNode json = describe("WebPage", page);
		ArrayNode cited = json.putArray("citation");
		references.forEach((reference) -> cited.add(citation(reference)));
		return JSON.writeValueAsString(json);
	}

	/** Any other page of the site. */
	public String webPage(WebPage page) {
		return JSON.writeValueAsString(describe("WebPage", page));
	}

	private ObjectNode describe(String type, WebPage page) {
		ObjectNode json = JSON.createObjectNode().put("@context", "https://schema.org");
		json.setAll(page(type, page));
		json.put("inLanguage", "en");
		json.set("isPartOf", JSON.createObjectNode().put("@type", "WebSite").put("name", siteName).put("url", siteUrl));
		json.set("publisher", organisation());
		json.set("author", organisation());
		json.put("license", ContentLicence.CC_BY_4_0.url());
		return json;
	}

	private static ObjectNode page(String type, WebPage page) {
		ObjectNode json = JSON.createObjectNode()
			.put("@type", type)
			.put("@id", page.url())
			.put("url", page.url())
			.put("name", page.name())
			.put("description", page.description());
		if (page.lastReviewed() != null) {
			json.put("lastReviewed", page.lastReviewed().toString());
		}
		return json;
	}

	private ObjectNode organisation() {
		return JSON.createObjectNode().put("@type", "Organization").put("name", siteName).put("url", siteUrl);
	}

	private String idOf(Reference reference) {
		return baseUrl + Routes.reference(reference.id());
	}

	private ObjectNode citation(Reference reference) {
		ObjectNode json = JSON.createObjectNode()
			.put("@id", idOf(reference))
			.put("@type", CITATION_TYPES.getOrDefault(reference.type(), "CreativeWork"))
			.put("name", reference.title());
		if (reference.issued() != null) {
			json.put("datePublished", String.valueOf(reference.issued().year()));
		}
		if (reference.type().equals("article-journal") && reference.containerTitle() != null) {
			json.putObject("isPartOf").put("@type", "Periodical").put("name", reference.containerTitle());
		}
		if (reference.doi() != null) {
			json.put("sameAs", "https://doi.org/" + reference.doi());
		}
		if (reference.url() != null) {
			json.put("url", reference.url());
		}
		if (reference.pmid() != null) {
			json.putObject("identifier").put("@type", "PropertyValue").put("propertyID", "PMID")
				.put("value", reference.pmid());
		}
		return json;
	}

	/**
	 * A page as structured data describes it.
	 *
	 * @param url its absolute URL
	 * @param lastReviewed when its content was last checked, or {@code null} if it is not
	 * reviewed content
	 */
	public record WebPage(String url, String name, String description, LocalDate lastReviewed) {
	}

	/** Escapes the characters that could end a script element or start markup inside it. */
	private static final class HtmlSafeEscapes extends CharacterEscapes {

		private final int[] escapes = standardAsciiEscapesForJSON();

		HtmlSafeEscapes() {
			escapes['<'] = ESCAPE_STANDARD;
			escapes['>'] = ESCAPE_STANDARD;
			escapes['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			// Only standard escapes are asked for, which Jackson writes itself.
			return null;
		}

	}

}
