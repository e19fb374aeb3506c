/*
 * The static export's search page: searches the passages the server indexes, in the browser,
 * with MiniSearch (assets/vendor, loaded by this page only). The index comes ready to load in
 * MiniSearch's serialised form, so nothing is indexed here. The ranking is MiniSearch's BM25
 * with the server's field weights, read from the index; this script only reads the query,
 * builds MiniSearch's query from it and shows the results. It sets no inline styles and builds
 * the results with DOM methods, never from HTML strings, so it runs under the site's CSP.
 *
 * Words are what the server makes of them: lower case, stop words left out, Porter stems
 * (the vendored stemmer here, Lucene's there). The query syntax is the server's: every word
 * must match, "quotes" find a phrase, -word leaves out passages with it, and word* finds words
 * that start so. As on the server, when no passage has every word, each word the article does
 * not have is replaced by its nearest word (MiniSearch's fuzzy search, up to two edits); if that
 * finds passages with every word, the page says so and links to the query as typed (exact=1).
 * Otherwise passages with some of the words are shown.
 */
(function () {
  'use strict';

  var page = document.getElementById('static-search');
  if (!page || typeof MiniSearch === 'undefined' || typeof stemmer === 'undefined') {
    return;
  }
  performance.mark('search-start');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var input = document.getElementById('search-input');
  var form = document.getElementById('site-search');
  // Both files are fetched and the index loaded at once, whether or not the page was opened with
  // a query (the page preloads them): a query typed on the page then only searches and shows.
  var ready = Promise.all([json(page.getAttribute('data-index')), json(page.getAttribute('data-text'))])
    .then(function (files) {
      performance.mark('search-files-fetched');
      return new Search(files[0], files[1]);
    });
  var asked = 0;
  answer(new URLSearchParams(location.search), 'search-start');
  if (!new URLSearchParams(location.search).get('q')) {
    // Opened without a query, the page searches once for the first passage's title and throws
    // the results away, while the reader types: the browser compiles the code that searches and
    // shows on its first run, and the reader's query need not wait for that.
    ready.then(function (search) {
      setTimeout(function () {
        items(search.find(search.miniSearch.getStoredFields(0).title, false).results);
        performance.mark('search-warm');
      }, 0);
    });
  }

  // A query typed on this page is answered here, without loading the page again; the address
  // changes as if it had been, so that it can be shared and Back returns to the previous query.
  if (form && input) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      performance.mark('search-typed');
      var parameters = new URLSearchParams();
      parameters.set('q', input.value);
      history.pushState(null, '', form.getAttribute('action') + '?' + parameters);
      answer(parameters, 'search-typed');
    });
  }
  window.addEventListener('popstate', function () {
    performance.mark('search-typed');
    answer(new URLSearchParams(location.search), 'search-typed');
  });

  /* Answers the query of these parameters; start names the mark its time is measured from. */
  function answer(parameters, start) {
    var query = (parameters.get('q') || '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    var exact = parameters.get('exact') === '1';
    if (input) {
      input.value = query;
    }
    var asking = ++asked;
    list.replaceChildren();
    list.hidden = true;
    var maxLength = Number(page.getAttribute('data-max-length'));
    if (!query || Array.from(query).length > maxLength) {
      status.textContent = query ? message('too-long', [Array.from(query).length, maxLength]) : message('empty', []);
      page.setAttribute('aria-busy', 'false');
      return;
    }
    page.setAttribute('aria-busy', 'true');
    status.textContent = '…';
    ready.then(function (search) {
      if (asking !== asked) {
        return;  // another query was typed meanwhile, and is answered on its own
      }
      performance.mark('search-query-start');
      show(query, search.find(query, !exact));
      performance.mark('search-done');
      performance.measure('search-query', 'search-query-start', 'search-done');
      performance.measure(start === 'search-start' ? 'search-first-query' : 'search-typed-query', start, 'search-done');
      page.setAttribute('aria-busy', 'false');
    });
  }

  function json(url) {
    return fetch(url).then(function (response) { return response.json(); });
  }

  function message(name, values) {
    return page.getAttribute('data-' + name).replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  }

  /* The loaded index and the passages' text, and what searches them as the server searches its own. */
  function Search(data, texts) {
    var stopWords = new Set(data.stopWords);
    this.processTerm = function (term) {
      var word = term.toLowerCase();
      return (word && !stopWords.has(word)) ? stemmer(word) : null;
    };
    this.miniSearch = MiniSearch.loadJS(data.index, { fields: Object.keys(data.weights), processTerm: this.processTerm });
    this.options = { boost: data.weights, bm25: data.bm25 };
    this.pages = data.pages;
    this.names = data.names;
    this.nameBoost = function () { return data.nameWeight; };
    this.spellings = {};
    var spellings = this.spellings;
    data.spellings.forEach(function (group) {
      group.forEach(function (form) { spellings[form] = group; });
    });
    // The forms of several words, longest first, as whole words: the server's phrases.
    this.severalWords = data.phrases.length === 0 ? null : new RegExp('(?<![\\p{L}\\p{N}-])(' + data.phrases
      .slice().sort(function (a, b) { return b.length - a.length; })
      .map(function (form) { return escape(form).replace(/ /g, '\\s+'); })
      .join('|') + ')(?![\\p{L}\\p{N}-])', 'giu');
    this.texts = texts;
    performance.mark('search-index-ready');
    performance.measure('search-fetch', 'search-start', 'search-files-fetched');
    performance.measure('search-load', 'search-files-fetched', 'search-index-ready');
  }

  Search.prototype.find = function (text, correct) {
    var parsed = this.parse(text);
    var found = this.run(parsed, 'AND');
    if (found.length > 0 || parsed.include.length === 0) {
      return { results: found, outcome: found.length > 0 ? 'found' : 'none', parsed: parsed };
    }
    var corrected = correct ? this.correct(text) : text;
    if (corrected !== text) {
      var nearest = this.parse(corrected);
      var foundNearest = this.run(nearest, 'AND');
      if (foundNearest.length > 0) {
        return { results: foundNearest, outcome: 'corrected', corrected: corrected, parsed: nearest };
      }
    }
    found = this.run(parsed, 'OR');
    return { results: found, outcome: found.length > 0 ? 'some' : 'none', parsed: parsed };
  };

  Search.prototype.run = function (parsed, combineWith) {
    if (parsed.include.length === 0) {
      return [];
    }
    var query = { combineWith: combineWith, queries: parsed.include };
    if (parsed.exclude.length > 0) {
      query = { combineWith: 'AND_NOT', queries: [query, { combineWith: 'OR', queries: parsed.exclude }] };
    }
    var search = this;
    return this.miniSearch.search(query, this.options).map(function (result) {
      result.quote = search.texts[result.id];
      result.pagePath = result.href.split('#')[0];
      result.page = search.pages[result.pagePath];
      result.cited = (result.citedIn || []).map(function (path) { return { path: path, title: search.pages[path] || path }; });
      return result;
    }).filter(function (result) {
      var text = result.quote + ' ' + result.title;
      return parsed.phrases.every(function (phrase) { return phrase.test(text); });
    }).slice(0, 20);
  };

  /* The query with each plain word the article does not have replaced by its nearest word. */
  Search.prototype.correct = function (text) {
    var spelling = this.spelling();
    var words = this.words;
    return text.split(' ').map(function (word) {
      var lower = word.toLowerCase();
      if (!/^\p{L}{4,}$/u.test(word) || words.has(lower)) {
        return word;
      }
      var nearest = spelling.search(lower, { fuzzy: 2 });
      return nearest.length > 0 ? nearest[0].terms[0] : word;
    }).join(' ');
  };

  /*
   * The words of four letters or more of the passages and their titles, as written, one document each, so that the
   * nearest to a typo scores highest; built on the first typo only.
   */
  Search.prototype.spelling = function () {
    if (!this.spellingIndex) {
      var words = new Set();
      var miniSearch = this.miniSearch;
      this.texts.forEach(function (text, id) {
        ((text + ' ' + miniSearch.getStoredFields(id).title).toLowerCase().match(/\p{L}{4,}/gu) || []).forEach(function (word) {
          words.add(word);
        });
      });
      this.words = words;
      this.spellingIndex = new MiniSearch({ fields: ['word'] });
      this.spellingIndex.addAll(Array.from(words, function (word, i) { return { id: i, word: word }; }));
    }
    return this.spellingIndex;
  };

  /*
   * Splits the query as the server's parser does: phrases, excluded words, prefixes, words.
   * What has only stop words is left out, as the server's analyser leaves it out, rather than
   * matching nothing. A form of several words in search-names.yaml or the glossary is a phrase,
   * and finds its other spellings. Another name of a thing also finds what the text calls it,
   * at the server's lower weight.
   */
  Search.prototype.parse = function (text) {
    var search = this;
    if (this.severalWords && text.indexOf('"') < 0) {
      text = text.replace(this.severalWords, function (form) { return '"' + form + '"'; });
    }
    var parsed = { include: [], exclude: [], phrases: [] };
    var token = /(-?)"([^"]*)"?|(-?)(\S+)/g;
    var match;
    while ((match = token.exec(text)) !== null) {
      var excluded = (match[1] || match[3]) === '-';
      var words = (match[2] !== undefined ? match[2] : match[4]).trim();
      var prefix = match[4] !== undefined && /\*$/.test(words);
      words = words.replace(/\*$/, '');
      if (words.split(/[\n\r\p{Z}\p{P}]+/u).filter(function (word) { return search.processTerm(word); }).length === 0) {
        continue;
      }
      var lower = words.toLowerCase().replace(/\s+/g, ' ');
      var forms = this.spellings[lower] || [lower];
      var target = this.names[lower];
      // Each form once as its words are searched ("dissociative anaesthetics" is "dissociative anaesthetic"), as on the server.
      var searched = new Set();
      var queries = forms.filter(function (form) {
        var words = form.split(/[\n\r\p{Z}\p{P}]+/u).map(search.processTerm).join(' ');
        return !searched.has(words) && searched.add(words);
      }).map(function (form) { return { queries: [form], combineWith: 'AND', prefix: prefix }; });
      if (target !== undefined) {
        queries.push({ queries: [target], combineWith: 'AND', boostTerm: this.nameBoost });
      }
      var clause = (queries.length === 1) ? queries[0] : { combineWith: 'OR', queries: queries };
      if (excluded) {
        parsed.exclude.push(clause);
        continue;
      }
      parsed.include.push(clause);
      if (match[2] !== undefined && / /.test(lower)) {
        parsed.phrases.push(wholeWords(target === undefined ? forms : forms.concat([target.toLowerCase()])));
      }
    }
    return parsed;
  };

  function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /* Finds any of the phrases, as whole words. */
  function wholeWords(phrases) {
    return new RegExp('(?<![\\p{L}\\p{N}])(' + phrases.map(function (phrase) {
      return escape(phrase).replace(/ /g, '\\s+');
    }).join('|') + ')(?![\\p{L}\\p{N}])', 'iu');
  }

  function show(query, found) {
    var count = found.results.length;
    if (found.outcome === 'none') {
      status.textContent = message('no-matches', [query]);
    }
    else if (found.outcome === 'some') {
      status.textContent = message('found-some-words', [query]);
    }
    else if (found.outcome === 'corrected') {
      status.textContent = message('corrected', [found.corrected]) + ' ' + page.getAttribute('data-instead-for') + ' ';
      status.appendChild(link('/search?q=' + encodeURIComponent(query) + '&exact=1', query));
      status.appendChild(document.createTextNode('.'));
    }
    else {
      status.textContent = count === 1 ? message('found-one', [query]) : message('found', [count, query]);
    }
    list.appendChild(items(found.results));
    list.hidden = count === 0;
  }

  /* The results as list items, not yet on the page. */
  function items(results) {
    var stems = new Set();
    results.forEach(function (result) {
      result.terms.forEach(function (term) { stems.add(term); });
    });
    // Whether a word of the text is one found: each word is stemmed once, however often it occurs.
    var seen = new Map();
    var isFound = function (word) {
      var lower = word.toLowerCase();
      var yes = seen.get(lower);
      if (yes === undefined) {
        yes = stems.has(stemmer(lower));
        seen.set(lower, yes);
      }
      return yes;
    };
    var fragment = document.createDocumentFragment();
    results.forEach(function (result) {
      fragment.appendChild(item(result, isFound));
    });
    return fragment;
  }

  function item(result, found) {
    var li = document.createElement('li');
    var heading = document.createElement('h2');
    heading.className = 'result-heading';
    heading.appendChild(link(result.href, result.title));
    li.appendChild(heading);
    if (result.href !== result.pagePath) {
      var section = document.createElement('p');
      section.className = 'result-section';
      section.appendChild(document.createTextNode(page.getAttribute('data-in-section') + ' '));
      section.appendChild(link(result.pagePath, result.page));
      li.appendChild(section);
    }
    if (result.cited.length > 0) {
      var cited = document.createElement('p');
      cited.className = 'result-cited';
      cited.appendChild(document.createTextNode(page.getAttribute('data-cited-in') + ' '));
      result.cited.forEach(function (citing, i) {
        if (i > 0) {
          cited.appendChild(document.createTextNode(', '));
        }
        cited.appendChild(link(citing.path, citing.title));
      });
      li.appendChild(cited);
    }
    li.appendChild(snippet(result.quote, found));
    return li;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  /* The first two sentences with a word found, or the start, with the words found marked. */
  function snippet(text, found) {
    var p = document.createElement('p');
    p.className = 'snippet';
    var sentences = text.match(/[^.!?]+[.!?]*\s*/g) || [text];
    var chosen = [];
    for (var i = 0; i < sentences.length && chosen.length < 2; i++) {
      if ((sentences[i].match(/[\p{L}\p{N}]+/gu) || []).some(found)) {
        chosen.push(sentences[i]);
      }
    }
    var shown = (chosen.length > 0 ? chosen : sentences.slice(0, 1)).join(' … ').trim();
    shown.split(/([\p{L}\p{N}]+)/u).forEach(function (part, i) {
      if (i % 2 === 1 && found(part)) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        p.appendChild(mark);
      }
      else if (part) {
        p.appendChild(document.createTextNode(part));
      }
    });
    return p;
  }
}());
