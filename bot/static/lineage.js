/*
 * ctd lineage picture: a document's chain of directives (GET /documents/{id}/lineage) drawn as SVG.
 *
 * Shared by the chat widget (which loads this file from its own host on first use) and the admin page.
 * Plain SVG elements, no external service; text from the API is only ever set with textContent.
 *
 *   var svg = window.ctdLineage.draw(lineage, { width: 640 });  // an <svg class="lineage-graph">
 *   var key = window.ctdLineage.legend();                         // what each kind of box means
 */
(function () {
  "use strict";

  if (window.ctdLineage) {
    return;
  }

  var NS = "http://www.w3.org/2000/svg";
  var PRESS = "nguồn"; // retrieval.answer.lineage.SOURCE: a press article about the text
  var BOX_H = 40, GAP = 26, MARGIN = 4, SPACING = 8;
  var TEXT = {
    title: "Chuỗi văn bản thực hiện",
    notInCorpus: "không có trong kho",
    legend: "Chú giải",
    inCorpus: "Văn bản có trong kho",
    cited: "Chỉ được trích dẫn",
    press: "Bài báo (nguồn)",
  };
  // How each kind of box looks: the document itself, a text in the corpus, one only cited, a press article.
  var LOOK = {
    centre: { fill: "#c8102e", stroke: "#c8102e", dash: "", ink: "#fff", sub: "#fff" },
    inCorpus: { fill: "#fff", stroke: "#c8102e", dash: "", ink: "#1f2328", sub: "#57606a" },
    cited: { fill: "#eef0f2", stroke: "#8c959f", dash: "2 2", ink: "#1f2328", sub: "#57606a" },
    press: { fill: "#fff", stroke: "#1a5fb4", dash: "5 3", ink: "#1f2328", sub: "#1a5fb4" },
  };

  function node(tag, attrs, text) {
    var n = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined) { n.textContent = text; }
    return n;
  }

  function short(text, max) {
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }

  function lookOf(item, centre) {
    if (centre) {
      return LOOK.centre;
    }
    var base = item.in_corpus ? LOOK.inCorpus : LOOK.cited;
    if (item.relation !== PRESS) {
      return base;
    }
    // a press article keeps the fill of where it is (in the corpus or only cited), outlined as a source
    return { fill: base.fill, stroke: LOOK.press.stroke, dash: LOOK.press.dash, ink: base.ink, sub: LOOK.press.sub };
  }

  function rect(x, y, w, h, look) {
    return node("rect", { x: x, y: y, width: w, height: h, rx: 6, fill: look.fill, stroke: look.stroke,
      "stroke-width": "1.5", "stroke-dasharray": look.dash });
  }

  // Ancestors in rows above the document (farthest at the top, so the nearest sits just above it),
  // descendants below (nearest first); a press article ("nguồn") drawn dashed and blue, a text the
  // corpus only cites grey and dotted, with its number and title as cited.
  function draw(lineage, options) {
    var W = (options && options.width) || 340;
    var perRow = (options && options.perRow) || 3;
    function rows(items) {
      var out = [];
      for (var i = 0; i < items.length; i += perRow) { out.push(items.slice(i, i + perRow)); }
      return out;
    }
    var above = rows(lineage.ancestors.slice().reverse());
    var below = rows(lineage.descendants);
    var height = (above.length + below.length + 1) * (BOX_H + GAP) + 2 * MARGIN;
    var svg = node("svg", { viewBox: "0 0 " + W + " " + height, role: "img", "aria-label": TEXT.title, class: "lineage-graph" });
    svg.appendChild(node("title", {}, TEXT.title));
    var centreY = above.length * (BOX_H + GAP) + MARGIN;
    var edges = node("g", { stroke: "#8c959f", "stroke-width": "1.2", fill: "none" });
    svg.appendChild(edges);
    function box(item, x, y, w, centre) {
      var press = item.relation === PRESS;
      var look = lookOf(item, centre);
      var g = node("g", { class: "node" + (press ? " press" : "") + (item.in_corpus ? " in-corpus" : " cited"),
        "data-number": item.number || "", "data-document": item.document_id || "" });
      g.appendChild(node("title", {}, item.title + (item.in_corpus ? "" : " (" + TEXT.notInCorpus + ")")));
      g.appendChild(rect(x, y, w, BOX_H, look));
      g.appendChild(node("text", { x: x + w / 2, y: y + 16, "text-anchor": "middle", "font-size": "11",
        "font-weight": "600", fill: look.ink }, short(item.number || item.title, Math.floor(w / 7.2))));
      var sub = centre ? (item.number ? short(item.title, Math.floor(w / 5.6)) : "") : (item.relation || "");
      g.appendChild(node("text", { x: x + w / 2, y: y + 31, "text-anchor": "middle", "font-size": "9.5",
        fill: look.sub }, sub));
      svg.appendChild(g);
    }
    function place(row, y, toward) {
      var w = (W - 2 * MARGIN - (perRow - 1) * SPACING) / perRow;
      var start = (W - (row.length * w + (row.length - 1) * SPACING)) / 2;
      row.forEach(function (item, i) {
        var x = start + i * (w + SPACING);
        var fromY = toward < y ? y : y + BOX_H;
        edges.appendChild(node("line", { x1: x + w / 2, y1: fromY, x2: W / 2, y2: toward,
          "stroke-dasharray": item.relation === PRESS ? "4 3" : "" }));
        box(item, x, y, w, false);
      });
    }
    above.forEach(function (row, i) { place(row, MARGIN + i * (BOX_H + GAP), centreY); });
    below.forEach(function (row, i) { place(row, centreY + (i + 1) * (BOX_H + GAP), centreY + BOX_H); });
    box(lineage.document, MARGIN, centreY, W - 2 * MARGIN, true);
    return svg;
  }

  // A one-line key: a small box of each kind with what it means.
  function legend() {
    var kinds = [[LOOK.inCorpus, TEXT.inCorpus], [LOOK.cited, TEXT.cited], [LOOK.press, TEXT.press]];
    var step = 170;
    var svg = node("svg", { viewBox: "0 0 " + kinds.length * step + " 20", role: "img", "aria-label": TEXT.legend, class: "lineage-legend" });
    kinds.forEach(function (kind, i) {
      svg.appendChild(rect(i * step + 1, 3, 26, 14, kind[0]));
      svg.appendChild(node("text", { x: i * step + 33, y: 14, "font-size": "11", fill: "#1f2328" }, kind[1]));
    });
    return svg;
  }

  window.ctdLineage = { draw: draw, legend: legend };
})();
