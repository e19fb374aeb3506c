package org.ketaminereference.cite;

import java.util.List;

import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page as CSL-JSON, the format citeproc processors and Zotero read: a list holding the one
 * item that the citations on the page are formatted from.
 */
final class CslJsonFile {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private CslJsonFile() {
	}

	static String write(CitablePage page) {
		Object item = page.toCsl().toJson(new MapJsonBuilderFactory().createJsonBuilder());
		return JSON.writeValueAsString(List.of(item)) + "\n";
	}

}
