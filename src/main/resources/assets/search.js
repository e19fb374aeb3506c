/*
 * The static export's search page: searches the passages the server indexes, in the browser,
 * with MiniSearch (assets/vendor, loaded by this page only). The ranking is MiniSearch's BM25
 * with the server's field weights, read from the index; this script only reads the query,
 * builds MiniSearch's query from it and shows the results. It sets no inline styles and builds
 * the results with DOM methods, never from HTML strings, so it runs under the site's CSP.
 *
 * The query syntax is the server's: every word must match (if no passage has them all, those
 * with some are shown), "quotes" find a phrase, -word leaves out passages with it, and word*
 * finds words that start so. Words match their other endings and near spellings by prefix and
 * fuzzy matching, since MiniSearch has no stemmer.
 */
(function () {
  'use strict';

  var page = document.getElementById('static-search');
  if (!page || typeof MiniSearch === 'undefined') {
    return;
  }
  performance.mark('search-start');
  page.setAttribute('aria-busy', 'true');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var query = (new URLSearchParams(location.search).get('q') || '').replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ').trim();
  var input = document.getElementById('search-input');
  if (input) {
    input.value = query;
  }

  function message(name, values) {
    return page.getAttribute('data-' + name).replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  }

  if (!query) {
    status.textContent = message('empty', []);
    page.setAttribute('aria-busy', 'false');
    return;
  }
  if (Array.from(query).length > Number(page.getAttribute('data-max-length'))) {
    status.textContent = message('too-long', [Array.from(query).length, page.getAttribute('data-max-length')]);
    page.setAttribute('aria-busy', 'false');
    return;
  }
  status.textContent = '…';

  fetch(page.getAttribute('data-index'))
    .then(function (response) { return response.json(); })
    .then(function (index) { show(search(index, query)); });

  function search(index, text) {
    var stopWords = new Set(index.stopWords);
    var fields = Object.keys(index.weights);
    var miniSearch = new MiniSearch({
      fields: fields,
      storeFields: ['href', 'title', 'page', 'pagePath', 'text', 'reference', 'citedIn'],
      processTerm: function (term) {
        var word = term.toLowerCase();
        return stopWords.has(word) ? null : word;
      }
    });
    miniSearch.addAll(index.documents);
    performance.mark('search-index-ready');
    var options = {
      boost: index.weights,
      fuzzy: function (term) { return term.length > 4 ? 0.2 : 0; },
      prefix: function (term) { return term.length > 4; }
    };
    var parsed = parse(text);
    var found = run(miniSearch, parsed, 'AND', options);
    var allWords = true;
    if (found.length === 0) {
      found = run(miniSearch, parsed, 'OR', options);
      allWords = false;
    }
    return { results: found.slice(0, 20), allWords: allWords, terms: parsed.words };
  }

  /* Splits the query as the server's parser does: phrases, excluded words, prefixes, words. */
  function parse(text) {
    var parsed = { include: [], exclude: [], phrases: [], words: [] };
    var token = /(-?)"([^"]*)"?|(-?)(\S+)/g;
    var match;
    while ((match = token.exec(text)) !== null) {
      var excluded = (match[1] || match[3]) === '-';
      var words = (match[2] !== undefined ? match[2] : match[4]);
      if (!words.replace(/[\s\-*|+()\\~]/g, '')) {
        continue;
      }
      var prefix = match[4] !== undefined && /\*$/.test(words);
      var clause = { queries: [words.replace(/\*$/, '')], combineWith: 'AND' };
      if (prefix) {
        clause.prefix = true;
      }
      if (excluded) {
        parsed.exclude.push(clause);
        continue;
      }
      parsed.include.push(clause);
      parsed.words.push(words.replace(/\*$/, ''));
      if (match[2] !== undefined && /\s/.test(words.trim())) {
        parsed.phrases.push(words.trim().toLowerCase());
      }
    }
    return parsed;
  }

  function run(miniSearch, parsed, combineWith, options) {
    if (parsed.include.length === 0) {
      return [];
    }
    var query = { combineWith: combineWith, queries: parsed.include };
    if (parsed.exclude.length > 0) {
      query = { combineWith: 'AND_NOT', queries: [query, { combineWith: 'OR', queries: parsed.exclude }] };
    }
    return miniSearch.search(query, options).filter(function (result) {
      var text = ((result.text || '') + ' ' + (result.reference || '') + ' ' + result.title).toLowerCase().replace(/\s+/g, ' ');
      return parsed.phrases.every(function (phrase) { return text.indexOf(phrase) >= 0; });
    });
  }

  function show(found) {
    var count = found.results.length;
    if (count === 0) {
      status.textContent = message('no-matches', [query]);
    }
    else if (!found.allWords) {
      status.textContent = message('found-some-words', [query]);
    }
    else {
      status.textContent = count === 1 ? message('found-one', [query]) : message('found', [count, query]);
    }
    found.results.forEach(function (result) {
      list.appendChild(item(result, found.terms.concat(result.terms)));
    });
    list.hidden = count === 0;
    performance.mark('search-done');
    performance.measure('search-first-query', 'search-start', 'search-done');
    performance.measure('search-query', 'search-index-ready', 'search-done');
    page.setAttribute('aria-busy', 'false');
  }

  function item(result, terms) {
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
    if (result.citedIn) {
      var cited = document.createElement('p');
      cited.className = 'result-cited';
      cited.appendChild(document.createTextNode(page.getAttribute('data-cited-in') + ' '));
      result.citedIn.forEach(function (citing, i) {
        if (i > 0) {
          cited.appendChild(document.createTextNode(', '));
        }
        cited.appendChild(link(citing.path, citing.title));
      });
      li.appendChild(cited);
    }
    li.appendChild(snippet(result.text || result.reference || '', terms));
    return li;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  /* The first two sentences with a word found, or the start, with the words found marked. */
  function snippet(text, terms) {
    var p = document.createElement('p');
    p.className = 'snippet';
    var words = terms.map(function (term) { return term.toLowerCase(); }).filter(function (term) { return term.length > 1; });
    var sentences = text.match(/[^.!?]+[.!?]*\s*/g) || [text];
    var chosen = sentences.filter(function (sentence) {
      var lower = sentence.toLowerCase();
      return words.some(function (word) { return lower.indexOf(word) >= 0; });
    }).slice(0, 2);
    var shown = (chosen.length > 0 ? chosen : sentences.slice(0, 1)).join(' … ').trim();
    var pattern = words.length > 0
      ? new RegExp('(' + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|') + ')', 'gi')
      : null;
    var parts = pattern ? shown.split(pattern) : [shown];
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
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
