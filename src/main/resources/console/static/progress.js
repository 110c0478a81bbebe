// Progress of a running build, without reloading: every 2 seconds the page is fetched again and its progress part
// replaced (the status line is a live region, so a screen reader hears each step once); when the build has ended
// the page is loaded once more, whole, with its outcome and downloads. Without JavaScript, "Refresh the progress" does it.
(function () {
  var progress = document.getElementById('progress');
  if (!progress || progress.getAttribute('data-state') === 'finished' || !window.fetch || !window.DOMParser) {
    return;
  }
  var refresh = progress.querySelector('a.govuk-button');
  if (refresh) {
    refresh.parentNode.hidden = true;
  }
  function poll() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('progress');
        if (!next || next.getAttribute('data-state') === 'finished') {
          window.location.reload();
          return;
        }
        var status = document.getElementById('progress-status');
        var nextStatus = next.querySelector('#progress-status');
        var table = progress.querySelector('table');
        var nextTable = next.querySelector('table');
        if (table && nextTable) {
          table.replaceWith(nextTable);
        }
        if (status && nextStatus && status.textContent !== nextStatus.textContent) {
          status.textContent = nextStatus.textContent;
        }
        window.setTimeout(poll, 2000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
