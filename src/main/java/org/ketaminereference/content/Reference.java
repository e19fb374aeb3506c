package org.ketaminereference.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One entry of the CSL-YAML bibliography, with the fields this site uses. Other CSL fields are
 * allowed and ignored, as CSL has many.
 *
 * @param id the citation key authors write as {@code [@id]}
 * @param authorsTruncated only the first authors are known; render "et al."
 * @param evidence the kind of evidence, shown as a label next to the reference
 * @param note what an editor verified; never shown to readers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reference(
		@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
				message = "must be letters, digits, '-' or '_'") String id,
		@NotBlank @Pattern(regexp = "[a-z-]+", message = "must be a CSL type such as article-journal") String type,
		@NotEmpty List<@Valid @NotNull ReferenceName> author, @NotBlank String title,
		@JsonProperty("container-title") String containerTitle,
		@JsonProperty("container-title-short") String containerTitleShort, @Valid Issued issued, String volume,
		String issue, String page,
		@JsonProperty("DOI") @Pattern(regexp = "10\\.\\d{4,9}/\\S+",
				message = "must be a DOI like 10.1000/xyz, without https://doi.org/") String doi,
		@JsonProperty("PMID") @Pattern(regexp = "[1-9]\\d{0,8}", message = "must be digits only") String pmid,
		@JsonProperty("PMCID") @Pattern(regexp = "PMC\\d+", message = "must look like PMC1234567") String pmcid,
		@JsonProperty("URL") @Pattern(regexp = "https?://[^\\s\"<>]+", message = "must be an http(s) URL") String url,
		String publisher, @JsonProperty("publisher-place") String publisherPlace, String number,
		@NotNull Evidence evidence, @JsonProperty("authors-truncated") Boolean authorsTruncated, String note) {

	public Reference {
		author = (author != null) ? List.copyOf(author) : null;
		authorsTruncated = Boolean.TRUE.equals(authorsTruncated);
	}

	/** "Domino", "Zanos and Gould" or "Berman et al.", as a study is named in the text. */
	public String shortAuthors() {
		String first = name(author.get(0));
		if (author.size() == 1 && !authorsTruncated) {
			return first;
		}
		if (author.size() == 2 && !authorsTruncated) {
			return first + " and " + name(author.get(1));
		}
		return first + " et al.";
	}

	/** "Berman et al., 2000", or the authors alone when the date is not known: a margin note's lead. */
	public String shortAuthorsAndYear() {
		return (issued != null) ? shortAuthors() + ", " + issued.year() : shortAuthors();
	}

	private static String name(ReferenceName name) {
		return (name.family() != null) ? name.family() : name.literal();
	}

}
