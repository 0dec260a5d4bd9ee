/* govkg viewer: legend, filters, search, hover tip, info panel and neighbour focus on top of pyvis.
 * Every string that comes from a report is put into the page with textContent or as an option's text,
 * never as HTML. The globals `network` and `nodes` are created by pyvis's drawGraph(). */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("govkg-data").textContent);
  var N = DATA.nodes, CLASSES = {}, MAX_LIST = 40;
  DATA.classes.forEach(function (c) { CLASSES[c.name] = c; });
  var state = { hiddenClasses: {}, report: "", section: "", focus: null, visible: null };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function symbol(kind) {
    var c = CLASSES[kind] || CLASSES.Other, s = el("span", c.symbol, "govkg-symbol");
    s.style.color = c.color;
    return s;
  }
  function className(kind) { var c = CLASSES[kind]; return c ? c.name + " " + c.zh : kind; }

  /* layout: the network fills the window below the bar; the panel sits at the right */
  function fit() {
    var top = $("govkg-bar").offsetHeight;
    var box = $("mynetwork");
    box.style.height = Math.max(200, window.innerHeight - top) + "px";
    $("govkg-panel").style.top = top + "px";
    network.redraw();
  }

  /* header, legend, report and section choices */
  $("govkg-title").textContent = DATA.title;
  $("govkg-subtitle").textContent = DATA.subtitle || "";
  $("govkg-counts").textContent = N.length + " nodes, " + DATA.edgeCount + " edges";
  DATA.classes.forEach(function (c) {
    if (!c.count) { return; }
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = c.name;
    box.addEventListener("change", function () { state.hiddenClasses[c.name] = !box.checked; applyFilters(); });
    label.appendChild(box); label.appendChild(symbol(c.name));
    label.appendChild(document.createTextNode(c.name + " " + c.zh + " "));
    label.appendChild(el("span", "(" + c.count + ")", "count"));
    $("govkg-legend").appendChild(label);
  });
  DATA.reports.forEach(function (r, i) {
    var o = el("option", r.label + (r.source ? " — " + r.source : ""));
    o.value = String(i);
    $("govkg-report").appendChild(o);
  });
  function fillSections() {
    var select = $("govkg-section"), groups = {};
    while (select.lastChild !== select.firstElementChild) { select.removeChild(select.lastChild); }
    DATA.sections.forEach(function (s, i) {
      if (state.report !== "" && String(s.r) !== state.report) { return; }
      var group = groups[s.r];
      if (!group) {
        group = groups[s.r] = document.createElement("optgroup");
        group.label = DATA.reports[s.r].label;
        select.appendChild(group);
      }
      var heading = s.h.length > 40 ? s.h.slice(0, 40) + "…" : s.h;
      var o = el("option", "\u00a0\u00a0".repeat(s.d) + heading);
      o.value = String(i); o.title = s.h;
      group.appendChild(o);
    });
    select.value = state.section;
    if (select.value !== state.section) { state.section = ""; select.value = ""; }
  }
  fillSections();
  $("govkg-report").addEventListener("change", function (e) {
    state.report = e.target.value; fillSections(); applyFilters();
  });
  $("govkg-section").addEventListener("change", function (e) { state.section = e.target.value; applyFilters(); });
  $("govkg-reset").addEventListener("click", function () { resetAll(); });

  /* filters: class, report, section */
  function passes(i) {
    var n = N[i];
    if (state.hiddenClasses[n.k]) { return false; }
    if (state.report !== "" && n.r.indexOf(+state.report) < 0) { return false; }
    if (state.section !== "" && n.s.indexOf(+state.section) < 0) { return false; }
    return true;
  }
  function applyFilters() {
    var updates = [], shown = 0;
    state.visible = {};
    for (var i = 0; i < N.length; i++) {
      var ok = passes(i);
      if (ok) { state.visible[i] = true; shown++; }
      updates.push({ id: i, hidden: !ok });
    }
    nodes.update(updates);
    if (state.focus !== null && !state.visible[state.focus]) { clearFocus(); }
    $("govkg-counts").textContent = (shown === N.length ? N.length : shown + " of " + N.length) +
      " nodes, " + DATA.edgeCount + " edges";
  }
  function resetAll() {
    state.hiddenClasses = {}; state.report = ""; state.section = "";
    Array.prototype.forEach.call($("govkg-legend").querySelectorAll("input"), function (b) { b.checked = true; });
    $("govkg-report").value = ""; fillSections(); applyFilters(); clearFocus(); hidePanel();
    network.fit();
  }

  /* focus: dim everything but a node and its neighbours */
  function focusOn(i) {
    var keep = {}, updates = [];
    keep[i] = true;
    network.getConnectedNodes(i).forEach(function (j) { keep[j] = true; });
    for (var j = 0; j < N.length; j++) {
      updates.push(keep[j] ? { id: j, color: CLASSES[N[j].k].color, font: { color: "#222" } }
                           : { id: j, color: "#e4e4e4", font: { color: "#c8c8c8" } });
    }
    nodes.update(updates);
    state.focus = i;
  }
  function clearFocus() {
    if (state.focus === null) { return; }
    var updates = [];
    for (var j = 0; j < N.length; j++) {
      updates.push({ id: j, color: CLASSES[N[j].k].color, font: { color: "#222" } });
    }
    nodes.update(updates);
    state.focus = null;
    network.unselectAll();
  }
  function select(i, move) {
    if (state.visible && !state.visible[i]) { resetAll(); }
    network.selectNodes([i]);
    focusOn(i);
    showPanel(i);
    if (move) { network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false }); }
  }

  /* the info panel */
  function hidePanel() { $("govkg-panel").hidden = true; }
  function fact(dl, name, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", name)); dl.appendChild(el("dd", value));
  }
  function sentenceNode(entry) {
    var s = DATA.sentences[entry[0]], text = s[0], spans = entry[1] || [], p = el("p", null, "govkg-sentence"), at = 0;
    spans.forEach(function (span) {
      if (span[0] < at) { return; }
      p.appendChild(document.createTextNode(text.slice(at, span[0])));
      p.appendChild(el("mark", text.slice(span[0], span[1])));
      at = span[1];
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }
  function where(sentenceIndex) {
    var s = DATA.sentences[sentenceIndex], parts = [DATA.reports[s[1]].label], sec = s[2];
    var path = [];
    while (sec !== null && sec !== undefined && sec >= 0) { path.unshift(DATA.sections[sec].h); sec = DATA.sections[sec].p; }
    return parts.concat(path).join(" · ");
  }
  function showPanel(i) {
    var n = N[i], panel = $("govkg-panel");
    $("govkg-class").textContent = "";
    $("govkg-class").appendChild(symbol(n.k));
    $("govkg-class").appendChild(document.createTextNode(className(n.k)));
    $("govkg-label").textContent = n.l;
    $("govkg-alt").textContent = n.alt && n.alt.length ? "also: " + n.alt.join("、") : "";
    var dl = $("govkg-facts");
    dl.textContent = "";
    if (n.v !== undefined) {
      fact(dl, "value", n.v + (n.u ? " " + n.u : ""));
      fact(dl, "as written", n.surface);
      fact(dl, "kind", n.valueKind);
      fact(dl, "period", n.period);
      fact(dl, "qualifier", n.qualifier);
      fact(dl, "direction", [n.direction, n.basis].filter(Boolean).join(" "));
    }
    fact(dl, "mentions", n.m.length ? String(n.nm) : "");
    var rel = $("govkg-relations");
    rel.textContent = "";
    if (n.ms && n.ms.length) {
      rel.appendChild(el("h3", "measurements (" + n.ms.length + ")"));
      var tl = el("ul");
      n.ms.slice(0, MAX_LIST).forEach(function (row) {
        var li = el("li");
        li.appendChild(symbol(row.k));
        li.appendChild(document.createTextNode([row.period, row.surface, "=", row.v, row.u || ""].join(" ")));
        tl.appendChild(li);
      });
      rel.appendChild(tl);
      if (n.ms.length > MAX_LIST) { rel.appendChild(el("div", "… " + (n.ms.length - MAX_LIST) + " more", "govkg-more")); }
    }
    var links = [];
    network.getConnectedEdges(i).forEach(function (eid) {
      var e = edges.get(eid);
      if (!e) { return; }
      links.push(e.from === i ? ["→ " + e.label, e.to] : ["← " + e.label, e.from]);
    });
    if (links.length) {
      rel.appendChild(el("h3", "relations (" + links.length + ")"));
      var ul = el("ul");
      links.slice(0, MAX_LIST).forEach(function (link) {
        var li = el("li"), b = el("button", N[link[1]].l, "govkg-link");
        b.type = "button";
        b.addEventListener("click", function () { select(link[1], true); });
        li.appendChild(el("span", link[0], "govkg-rel")); li.appendChild(symbol(N[link[1]].k)); li.appendChild(b);
        ul.appendChild(li);
      });
      rel.appendChild(ul);
      if (links.length > MAX_LIST) { rel.appendChild(el("div", "… " + (links.length - MAX_LIST) + " more", "govkg-more")); }
    }
    var ms = $("govkg-mentions");
    ms.textContent = "";
    if (n.m.length) {
      ms.appendChild(el("h3", "found in " + n.nm + " sentence" + (n.nm === 1 ? "" : "s")));
      var list = el("ul");
      n.m.forEach(function (entry) {
        var li = el("li", null, "govkg-mention");
        li.appendChild(el("div", where(entry[0]), "govkg-where"));
        li.appendChild(sentenceNode(entry));
        list.appendChild(li);
      });
      ms.appendChild(list);
      if (n.nm > n.m.length) { ms.appendChild(el("div", "… " + (n.nm - n.m.length) + " more", "govkg-more")); }
    }
    $("govkg-iri").textContent = n.iri;
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  $("govkg-close").addEventListener("click", function () { hidePanel(); clearFocus(); });

  /* search */
  var results = $("govkg-results"), found = [], active = 0;
  function search(query) {
    var q = query.trim().toLowerCase(), hits = [];
    if (!q) { return hits; }
    for (var i = 0; i < N.length; i++) {
      var l = N[i].l.toLowerCase(), rank = -1;
      if (l === q) { rank = 0; } else if (l.indexOf(q) === 0) { rank = 1; } else if (l.indexOf(q) > 0) { rank = 2; }
      else if ((N[i].alt || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) { rank = 3; }
      if (rank >= 0) { hits.push([rank, -N[i].nm, l.length, i]); }
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.map(function (h) { return h[3]; });
  }
  function showResults() {
    results.textContent = "";
    found.slice(0, 30).forEach(function (i, k) {
      var li = el("li", null, k === active ? "active" : "");
      li.appendChild(symbol(N[i].k));
      li.appendChild(document.createTextNode(N[i].l));
      li.appendChild(el("span", CLASSES[N[i].k] ? CLASSES[N[i].k].zh : N[i].k, "kind"));
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
      results.appendChild(li);
    });
    if (found.length > 30) { results.appendChild(el("li", "… " + (found.length - 30) + " more", "govkg-more")); }
    if (!found.length && $("govkg-search").value.trim()) { results.appendChild(el("li", "no match", "govkg-more")); }
    results.hidden = !$("govkg-search").value.trim();
  }
  function choose(i) { results.hidden = true; select(i, true); }
  $("govkg-search").addEventListener("input", function (e) { found = search(e.target.value); active = 0; showResults(); });
  $("govkg-search").addEventListener("keydown", function (e) {
    if (e.key === "Enter" && found.length) { e.preventDefault(); choose(found[Math.min(active, found.length - 1)]); }
    else if (e.key === "ArrowDown") { active = Math.min(active + 1, Math.min(found.length, 30) - 1); showResults(); }
    else if (e.key === "ArrowUp") { active = Math.max(active - 1, 0); showResults(); }
    else if (e.key === "Escape") { results.hidden = true; }
  });
  $("govkg-search").addEventListener("blur", function () { results.hidden = true; });
  $("govkg-search").addEventListener("focus", function () { if (found.length) { showResults(); } });

  /* hover tip and clicks on the canvas */
  var tip = $("govkg-tip");
  network.on("hoverNode", function (p) {
    var n = N[p.node];
    tip.textContent = "";
    tip.appendChild(symbol(n.k));
    tip.appendChild(el("b", n.l));
    tip.appendChild(document.createTextNode(" " + className(n.k) + (n.v !== undefined ? " · " + n.v + (n.u ? " " + n.u : "") : "")));
    if (n.m.length) { tip.appendChild(el("div", where(n.m[0][0]), "govkg-where")); }
    var box = $("mynetwork").getBoundingClientRect();
    tip.style.left = Math.max(0, Math.min(box.left + p.pointer.DOM.x + 14, window.innerWidth - 370)) + "px";
    tip.style.top = (box.top + p.pointer.DOM.y + 14) + "px";
    tip.hidden = false;
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });
  network.on("click", function (p) {
    if (p.nodes.length) { select(p.nodes[0], false); } else if (!p.edges.length) { clearFocus(); hidePanel(); }
  });

  /* a layout that settles: physics runs until stable, then stops */
  function ready() {
    if (window.govkg.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    window.govkg.ready = true;
    document.documentElement.setAttribute("data-govkg-ready", "1");
  }
  window.govkg = { network: network, data: DATA, select: select, search: search, ready: false, applyFilters: applyFilters };
  network.once("stabilizationIterationsDone", ready);
  network.once("stabilized", ready);
  window.addEventListener("resize", fit);
  fit();
  applyFilters();
})();
