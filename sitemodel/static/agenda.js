// The model's JavaScript agenda: fetches /api/agenda in batches and renders listing cards.
(function () {
  "use strict";
  var list = document.getElementById("agenda-results");
  if (!list) { return; }
  var button = document.querySelector("button.load-more");
  var loading = document.querySelector(".agenda__loading");
  var api = list.getAttribute("data-api");
  var limit = parseInt(list.getAttribute("data-limit"), 10) || 24;
  var next = 0;
  var labels = { cancelled: "Geannuleerd", full: "Volzet" };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }  // never innerHTML
    return node;
  }

  function card(item) {
    var li = el("li", "activity-card");
    li.setAttribute("data-activity-id", item.id);
    var a = el("a", "activity-card__link", item.title);
    a.setAttribute("href", item.url);
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(el("span", "activity-card__locality", item.locality));
    if (item.start) {
      var time = el("time", "activity-card__start", item.start.slice(0, 10));
      time.setAttribute("datetime", item.start);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(time);
    }
    if (item.status && item.status !== "active") {
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "activity-card__status status--" + item.status, labels[item.status]));
    }
    return li;
  }

  function load() {
    button.hidden = true;
    loading.hidden = false;
    fetch(api + "?start=" + next + "&limit=" + limit, { headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status); }
        return r.json();
      })
      .then(function (data) {
        data.items.forEach(function (item) { list.appendChild(card(item)); });
        next = data.start + data.items.length;
        loading.hidden = true;
        if (data.next === null || next >= data.total) {
          button.remove();   // no more batches: the button disappears
        } else {
          button.hidden = false;
        }
      })
      .catch(function () {
        loading.hidden = true;
        button.hidden = false;
      });
  }

  button.addEventListener("click", load);
  load();
}());
