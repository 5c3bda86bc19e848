// Progressive enhancement only: every page reads and works without this file.
(function () {
  "use strict";

  // Pledge cards: show the copy button only where copying can work, and say so aloud when it did.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentElement.querySelector(".pledge-status");
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.innerText.trim();
      var done = function () { if (status) { status.textContent = "Pledge copied. You can now paste it where you like."; } };
      var failed = function () { if (status) { status.textContent = "Copying did not work. Select the pledge text and copy it yourself."; } };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, failed);
      } else {
        failed();
      }
    });
  });

  // Old WordPress addresses (/?p=123) arrive at the home page: send them on to the page's new address.
  // Found as the data block it is, never by its id alone: a heading "Old addresses" in a page gets the same id.
  var old = document.querySelector('script[type="application/json"]#old-addresses');
  if (old) {
    var id = new URLSearchParams(window.location.search).get("p");
    var map = JSON.parse(old.textContent);
    if (id && Object.prototype.hasOwnProperty.call(map, id)) {
      window.location.replace(map[id]);
    }
  }

  // A YouTube or Vimeo video waits as a placeholder: nothing is asked of those sites until the reader presses play.
  document.querySelectorAll(".video-placeholder[data-embed]").forEach(function (placeholder) {
    var play = placeholder.querySelector(".video-play");
    if (!play) { return; }
    play.hidden = false;
    play.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = placeholder.getAttribute("data-embed");
      frame.title = placeholder.getAttribute("data-title");
      frame.className = "video-frame";
      frame.setAttribute("allow", "autoplay; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      placeholder.replaceWith(frame);
      frame.focus();
    });
  });

  // Mastodon share page: send the reader to their own server's share screen.
  var form = document.querySelector(".mastodon-form");
  if (form) {
    var params = new URLSearchParams(window.location.search);
    var text = params.get("text") || "";
    form.querySelector("#share-text").value = text;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var status = document.getElementById("mastodon-status");
      var server = form.querySelector("#instance").value.trim().replace(/^https?:\/\//, "").replace(/\/.*$/, "");
      if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(server)) {
        status.textContent = "Please type a server name like mastodon.social.";
        return;
      }
      window.location.href = "https://" + server + "/share?text=" + encodeURIComponent(text);
    });
  }
})();
