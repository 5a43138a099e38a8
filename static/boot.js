// Runs before the app: starts loading the day's data alongside the app's code, and sets up offline
// reading. Plain JS because it must run before the WebAssembly has even arrived.
(function () {
  "use strict";
  // The colour scheme the visitor chose, before anything paints.
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
  } catch (e) { /* storage refused: follow the system */ }
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  // The day the address names (/MM/DD or /MM/DD/slug), else today on the visitor's clock.
  var m = /^\/(\d{2})\/(\d{2})(?:\/[a-z0-9-]+)?\/?$/.exec(location.pathname);
  var key = null;
  // Only real days (Feb 29 included): a bad address must not fetch anything.
  var lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (m && +m[1] >= 1 && +m[1] <= 12 && +m[2] >= 1 && +m[2] <= lengths[m[1] - 1]) {
    key = m[1] + "-" + m[2];
  } else if (location.pathname === "/" || location.pathname === "/index.html") {
    var now = new Date();
    key = pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }
  if (key) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = "/data/" + key + ".json";
    document.head.appendChild(link);
  }

  // Private windows and full disks may refuse the worker or its cache: the site still works
  // online, and says that offline reading is unavailable.
  var noOffline = function () {
    var show = function () {
      if (document.getElementById("offline-note")) return;
      var note = document.createElement("p");
      note.id = "offline-note";
      note.className = "offline-note";
      note.setAttribute("role", "status");
      note.textContent = "Offline reading is unavailable in this browser window: pages load only while you are online.";
      document.body.appendChild(note);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  };
  if (!("serviceWorker" in navigator) || !navigator.serviceWorker || !("caches" in window)) {
    noOffline();
    return;
  }
  var showUpdate = function (worker) {
    if (document.getElementById("update-notice")) return;
    var bar = document.createElement("div");
    bar.id = "update-notice";
    bar.className = "update-notice";
    bar.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = "A new version of this site is ready. ";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload";
    button.addEventListener("click", function () { worker.postMessage("skip-waiting"); });
    bar.appendChild(text);
    bar.appendChild(button);
    document.body.appendChild(bar);
  };
  var reloading = false;
  window.addEventListener("load", function () {
    var hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      // Only an update replaces a controller; the first install just takes over quietly.
      if (hadController && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    navigator.serviceWorker.register("/sw.js").then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) showUpdate(reg.waiting);
      reg.addEventListener("updatefound", function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) showUpdate(worker);
        });
      });
    }).catch(noOffline);
  });
})();
