// "Mobile App PIN Code": asks the server every 2 seconds whether the app has answered,
// without reloading the page (a page that reloads itself loses the reader's place), and
// goes on when it has. Without JavaScript the "continue" link does the same by hand.
(function () {
  "use strict";
  var link = document.getElementById("app-continue");
  if (!link || !window.fetch) { return; }
  var tries = 0;
  function check() {
    tries += 1;
    fetch(link.dataset.status, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { pending: false }; })
      .then(function (answer) {
        if (answer.pending && tries < 90) {
          window.setTimeout(check, 2000);
        } else {
          window.location.assign(link.href);
        }
      })
      .catch(function () { window.setTimeout(check, 4000); });
  }
  window.setTimeout(check, 2000);
}());
