// Security keys and passkeys: asks the server for the ceremony's options, lets the browser
// talk to the authenticator, and submits its answer (PublicKeyCredential.toJSON()) with
// the form. Forms: #webauthn-register (create), #webauthn-sign-in (get, second factor),
// #passkey-sign-in (get, discoverable; also offered as autofill on the e-mail field).
(function () {
  "use strict";

  // The page's wording of a message (data-* on the error box, in the page's language),
  // else the English one.
  function says(form, name, english) {
    var box = form.querySelector("[data-webauthn-error]");
    return (box && box.dataset[name]) || english;
  }

  function showError(form, text) {
    var box = form.querySelector("[data-webauthn-error]");
    if (box) {
      box.textContent = text;
      box.hidden = false;
      box.focus && box.focus();
    }
  }

  function fetchOptions(form) {
    var body = new URLSearchParams();
    body.set("csrf_token", form.elements.csrf_token.value);
    if (form.elements.next) { body.set("next", form.elements.next.value); }
    return fetch(form.dataset.options, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
          throw new Error(answer.message || says(form, "serverFailed", "The server could not start the request. Reload the page and try again."));
        });
      }
      return response.json();
    });
  }

  function submitWith(form, credential) {
    form.elements.response.value = JSON.stringify(credential.toJSON());
    form.submit();
  }

  function supported(form) {
    if (window.PublicKeyCredential && PublicKeyCredential.parseCreationOptionsFromJSON) {
      return true;
    }
    showError(form, says(form, "unsupported", "This browser cannot use security keys or passkeys. Use an up-to-date browser, or another verification method."));
    return false;
  }

  var conditional = null;

  function get(form, mediation) {
    return fetchOptions(form).then(function (options) {
      var request = { publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) };
      if (mediation) {
        conditional = new AbortController();
        request.mediation = mediation;
        request.signal = conditional.signal;
      }
      return navigator.credentials.get(request);
    }).then(function (credential) {
      if (credential) { submitWith(form, credential); }
    });
  }

  function failed(form) {
    return function (error) {
      if (error && error.name === "AbortError") { return; }
      showError(form, error && error.name === "NotAllowedError"
        ? says(form, "cancelled", "The request was cancelled or timed out. Try again.")
        : (error && error.message) || says(form, "noAnswer", "The key did not answer. Try again."));
    };
  }

  var register = document.getElementById("webauthn-register");
  if (register) {
    register.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!supported(register)) { return; }
      if (!register.elements.name.value.trim()) {
        showError(register, says(register, "nameFirst", "Give the key a name first."));
        register.elements.name.focus();
        return;
      }
      fetchOptions(register).then(function (options) {
        return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
      }).then(function (credential) {
        if (credential) { submitWith(register, credential); }
      }).catch(failed(register));
    });
  }

  ["webauthn-sign-in", "passkey-sign-in"].forEach(function (id) {
    var form = document.getElementById(id);
    if (!form) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!supported(form)) { return; }
      if (conditional) { conditional.abort(); conditional = null; }
      get(form, null).catch(failed(form));
    });
  });

  // Passkeys offered in the e-mail field's autofill, where the browser can.
  var passkey = document.getElementById("passkey-sign-in");
  if (passkey && window.PublicKeyCredential && PublicKeyCredential.isConditionalMediationAvailable
      && PublicKeyCredential.parseRequestOptionsFromJSON) {
    PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
      if (available) { get(passkey, "conditional").catch(function () {}); }
    });
  }
}());
