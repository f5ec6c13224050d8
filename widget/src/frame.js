// The catalogue inside the partner's frame: search, sector and function filters, result cards and a use case's
// detail, from the catalogue's public API (same origin as this frame). It tells the page its height after every
// change so that the frame never scrolls on its own.
import { texts } from './texts.js';

var settings = JSON.parse(document.getElementById('boussole-settings').textContent);
var t = texts[settings.language] || texts.fr;
var root = document.getElementById('boussole-catalogue');
var state = { q: '', sector: settings.sector || '', fn: settings.function || '', results: [], total: 0 };
var sectorNames = {};
var functionNames = {};
var lastCard = null;
var searchTimer = null;
var searchRun = 0;
var rendered = 0;

applyBrand(settings.brandColour);
renderShell();
Promise.all([terms('sectors'), terms('business-functions')]).then(function (lists) {
  fillSelect('sector', lists[0], sectorNames, state.sector);
  fillSelect('function', lists[1], functionNames, state.fn);
  search();
}, failed);
new ResizeObserver(tellHeight).observe(document.body);

function api(path) {
  return fetch('/api/v1/catalogue/' + path, { headers: { 'Accept-Language': settings.language } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
}

function terms(kind) {
  return api(kind + '?size=100').then(function (page) {
    return page.items;
  });
}

function element(tag, attributes, children) {
  var node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (name) {
    if (name === 'text') {
      node.textContent = attributes.text;
    } else if (name.slice(0, 2) === 'on') {
      node.addEventListener(name.slice(2), attributes[name]);
    } else {
      node.setAttribute(name, attributes[name]);
    }
  });
  (children || []).forEach(function (child) {
    if (child) {
      node.appendChild(child);
    }
  });
  return node;
}

function renderShell() {
  var header = element('header', { class: 'bc-header' }, [
    settings.logoUrl ? element('img', { class: 'bc-logo', src: settings.logoUrl, alt: settings.partner }) : null,
    element('h1', { class: 'bc-title', text: t.title }),
  ]);
  var form = element('form', { class: 'bc-filters', role: 'search', onsubmit: function (event) {
    event.preventDefault();
    search();
  } }, [
    field('bc-q', t.search, element('input', { id: 'bc-q', type: 'search', name: 'q', autocomplete: 'off',
      placeholder: t.searchPlaceholder, oninput: function (event) {
        state.q = event.target.value;
        clearTimeout(searchTimer);
        searchTimer = setTimeout(search, 250);
      } })),
    field('bc-sector', t.sector, element('select', { id: 'bc-sector', name: 'sector', onchange: function (event) {
      state.sector = event.target.value;
      search();
    } }, [element('option', { value: '', text: t.allSectors })])),
    field('bc-function', t.function, element('select', { id: 'bc-function', name: 'function',
      onchange: function (event) {
        state.fn = event.target.value;
        search();
      } }, [element('option', { value: '', text: t.allFunctions })])),
  ]);
  root.appendChild(header);
  root.appendChild(form);
  root.appendChild(element('p', { id: 'bc-status', class: 'bc-status', role: 'status', 'aria-live': 'polite' }));
  root.appendChild(element('ul', { id: 'bc-results', class: 'bc-results' }));
  root.appendChild(element('section', { id: 'bc-detail', class: 'bc-detail', hidden: '' }));
}

function field(id, label, control) {
  return element('div', { class: 'bc-field' }, [element('label', { for: id, text: label }), control]);
}

function fillSelect(name, items, names, selected) {
  var select = document.getElementById('bc-' + name);
  items.forEach(function (item) {
    names[item.code] = item.name;
    var option = element('option', { value: item.code, text: item.name });
    if (item.code === selected) {
      option.selected = true;
    }
    select.appendChild(option);
  });
}

function search() {
  var run = ++searchRun;
  var query = new URLSearchParams({ size: '20' });
  if (state.q.trim()) {
    query.set('q', state.q.trim());
  }
  if (state.sector) {
    query.set('sector', state.sector);
  }
  if (state.fn) {
    query.set('function', state.fn);
  }
  setStatus(t.searching);
  api('use-cases?' + query).then(function (page) {
    if (run === searchRun) {
      state.results = page.items;
      state.total = page.total;
      renderResults();
    }
  }, failed);
}

function renderResults() {
  var list = document.getElementById('bc-results');
  list.textContent = '';
  // how many result lists were shown so far: tells scripts and tests that a search has come back
  list.setAttribute('data-generation', String(++rendered));
  state.results.forEach(function (useCase) {
    var open = element('button', { type: 'button', class: 'bc-open', 'data-slug': useCase.slug,
      text: useCase.title, onclick: function (event) {
        lastCard = event.currentTarget;
        showDetail(useCase.slug);
      } });
    var tags = (useCase.sectors || []).map(function (code) {
      return sectorNames[code];
    }).concat((useCase.functions || []).map(function (code) {
      return functionNames[code];
    })).filter(Boolean);
    list.appendChild(element('li', { class: 'bc-card' }, [
      element('h2', { class: 'bc-card-title' }, [open]),
      useCase.summary ? element('p', { text: useCase.summary }) : null,
      tags.length ? element('p', { class: 'bc-tags', text: tags.join(' · ') }) : null,
    ]));
  });
  setStatus(state.total === 0 ? t.none : t.found(state.total));
}

function showDetail(slug) {
  api('use-cases/' + encodeURIComponent(slug)).then(function (useCase) {
    var detail = document.getElementById('bc-detail');
    var heading = element('h2', { id: 'bc-detail-title', tabindex: '-1', text: useCase.title });
    detail.textContent = '';
    detail.setAttribute('aria-labelledby', 'bc-detail-title');
    detail.appendChild(element('button', { type: 'button', class: 'bc-back', text: t.back, onclick: hideDetail }));
    detail.appendChild(heading);
    if (useCase.summary) {
      detail.appendChild(element('p', { class: 'bc-summary', text: useCase.summary }));
    }
    if (useCase.body) {
      detail.appendChild(element('p', { text: useCase.body }));
    }
    if (useCase.benefits && useCase.benefits.length) {
      detail.appendChild(element('h3', { text: t.benefits }));
      detail.appendChild(element('ul', {}, useCase.benefits.map(function (benefit) {
        return element('li', { text: benefit });
      })));
    }
    document.querySelector('.bc-filters').hidden = true;
    document.getElementById('bc-results').hidden = true;
    document.getElementById('bc-status').hidden = true;
    detail.hidden = false;
    heading.focus();
  }, failed);
}

function hideDetail() {
  document.getElementById('bc-detail').hidden = true;
  document.querySelector('.bc-filters').hidden = false;
  document.getElementById('bc-results').hidden = false;
  document.getElementById('bc-status').hidden = false;
  if (lastCard) {
    lastCard.focus();
  }
}

function setStatus(text) {
  document.getElementById('bc-status').textContent = text;
}

function failed() {
  setStatus(t.error);
}

// The content's own height (not scrollHeight, which never drops below the frame's): the frame shrinks as well as grows.
function tellHeight() {
  var height = document.documentElement.getBoundingClientRect().height;
  window.parent.postMessage({ type: 'boussole:height', height: height }, '*');
}

// The partner's colour, on buttons and headings, only where it keeps the WCAG AA contrast of 4.5:1 with white.
function applyBrand(colour) {
  if (!colour || contrastWithWhite(colour) < 4.5) {
    return;
  }
  document.documentElement.style.setProperty('--bc-brand', colour);
}

function contrastWithWhite(hex) {
  var channels = [1, 3, 5].map(function (start) {
    var value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  });
  var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  return 1.05 / (luminance + 0.05);
}
