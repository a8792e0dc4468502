/* Prisoners of GULAG Released: the optional host script for pages that embed the exhibit.
 *
 *   <iframe src="https://…/?mode=embed" data-gulag-exhibit="exhibit" …></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * For every such frame it: keeps the frame as tall as its content (the frame reports its
 * height); keeps the frame's address in this page's own, as ?exhibit=… (the frame's
 * data-gulag-exhibit name), so the page can be shared at the note, term or event a reader
 * opened; and when this page is opened with such an address, opens the frame there. It
 * reads only messages its own frames send from their own site, and never sends any.
 * No dependencies; the message shapes are documented in the exhibit's README. */
(function () {
  'use strict';
  var frames = [].slice.call(document.querySelectorAll('iframe[data-gulag-exhibit]'));

  function key(frame) {
    var name = frame.getAttribute('data-gulag-exhibit');
    return /^[a-z0-9-]{1,64}$/.test(name) ? name : 'exhibit';
  }

  function origin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (error) {
      return null;
    }
  }

  // Opened with a frame's address: show it, if it is on the frame's own site and embedded.
  frames.forEach(function (frame) {
    var saved = new URLSearchParams(location.search).get(key(frame));
    if (!saved || saved.length > 512) return;
    try {
      var url = new URL(saved, frame.src);
      if (url.origin === origin(frame) && url.searchParams.get('mode') === 'embed') frame.src = url.href;
    } catch (error) {
      /* not an address: keep the frame where it starts */
    }
  });

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    frames.forEach(function (frame) {
      if (event.source !== frame.contentWindow || event.origin !== origin(frame)) return;
      if (data.type === 'gulag-exhibit:size') {
        var height = data.height;
        if (typeof height === 'number' && height >= 1 && height <= 100000) frame.style.height = Math.ceil(height) + 'px';
      } else if (data.type === 'gulag-exhibit:state' && typeof data.href === 'string' && data.href.length <= 512) {
        try {
          var url = new URL(data.href);
          if (url.origin !== origin(frame)) return;
          var here = new URL(location.href);
          here.searchParams.set(key(frame), url.pathname + url.search + url.hash);
          history.replaceState(history.state, '', here.href);
        } catch (error) {
          /* not an address: leave this page's address alone */
        }
      }
    });
  });
})();
