// The one script tag partners paste: it inserts the catalogue's frame right after itself and keeps the frame as
// tall as its content. Settings come from data- attributes: data-key (required), data-lang (fr|en),
// data-sector, data-function, data-title. Nothing else of the host page is read or changed.
(function () {
  var script = document.currentScript;
  if (!script || !script.dataset.key) {
    return;
  }
  var origin = new URL(script.src).origin;
  var settings = script.dataset;
  var query = new URLSearchParams();
  ['lang', 'sector', 'function'].forEach(function (name) {
    if (settings[name]) {
      query.set(name, settings[name]);
    }
  });
  var frame = document.createElement('iframe');
  frame.src = origin + '/api/v1/catalogue/embed/' + encodeURIComponent(settings.key) + '/frame'
    + (query.toString() ? '?' + query : '');
  frame.title = settings.title
    || (settings.lang === 'en' ? 'AI use-case catalogue' : 'Catalogue des cas d\u2019usage de l\u2019IA');
  frame.setAttribute('data-boussole-catalogue', '');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '480px';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow || !data
        || data.type !== 'boussole:height' || typeof data.height !== 'number') {
      return;
    }
    frame.style.height = Math.min(Math.max(Math.ceil(data.height), 120), 20000) + 'px';
  });
})();
