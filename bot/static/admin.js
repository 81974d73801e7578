/*
 * ctd admin page: list the indexed documents, add one by drag and drop, remove an uploaded one,
 * read a document's clause tree and see its chain of directives (drawn by lineage.js, shared with the
 * chat widget). The admin token is asked once and kept in sessionStorage (this tab
 * only). Text from the API is only ever set with textContent.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "ctd-admin-token";
  var ICONS = {
    tree: "M3 3h6v4H3V3zm0 7h6v4H3v-4zm0 7h6v4H3v-4zm9-12h9v2h-9V5zm0 7h9v2h-9v-2zm0 7h9v2h-9v-2z",
    lineage: "M22 11V3h-7v3H9V3H2v8h7V8h2v10h4v3h7v-8h-7v3h-2V8h2v3z",
    trash: "M6 19a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z",
    scan: "M3 5a2 2 0 0 1 2-2h3v2H5v3H3V5zm13-2h3a2 2 0 0 1 2 2v3h-2V5h-3V3zM3 16h2v3h3v2H5a2 2 0 0 1-2-2v-3zm16 0h2v3a2 2 0 0 1-2 2h-3v-2h3v-3zM7 11h10v2H7v-2z",
    warn: "M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z",
    spinner: "M12 4V1L8 5l4 4V6a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z",
  };
  var TEXT = {
    badToken: "Khóa quản trị không đúng. Hãy nhập lại.",
    network: "Không kết nối được máy chủ. Vui lòng thử lại.",
    serverError: "Máy chủ gặp sự cố. Vui lòng thử lại sau.",
    loading: "Đang tải danh sách…",
    empty: "Chưa có văn bản nào trong chỉ mục.",
    uploading: "Đang tải lên và đọc văn bản… Văn bản quét cần nhận dạng chữ nên có thể mất vài phút.",
    added: "Đã thêm văn bản, có thể hỏi ngay: ",
    removed: "Đã xóa văn bản: ",
    confirmRemove: "Xóa văn bản «{title}» khỏi chỉ mục? Câu trả lời sau đó sẽ không trích dẫn văn bản này nữa.",
    showClauses: "Xem điều khoản",
    showLineage: "Chuỗi văn bản",
    lineageOf: "Chuỗi văn bản: ",
    above: "Văn bản cấp trên, gần nhất trước",
    below: "Văn bản triển khai, gần nhất trước",
    none: "Không có.",
    inCorpus: "có trong kho",
    notInCorpus: "không có trong kho",
    openLineage: "Xem chuỗi văn bản của ",
    centreInCorpus: "Văn bản có trong kho.",
    centreCited: "Văn bản không có trong kho: số hiệu và tên như các văn bản khác trích dẫn.",
    remove: "Xóa",
    source: "thư mục nguồn",
    ocr: "OCR",
    noOcr: "Văn bản gõ",
    checkPages: "kiểm tra trang ",
    clauses: " điều khoản",
    number: "Số hiệu: ",
    date: "Ngày: ",
    noNumber: "không ghi số",
    warnings: "Cần lưu ý:",
    chosen: "Tệp đã chọn: ",
  };

  var $ = function (id) { return document.getElementById(id); };
  var state = { token: sessionStorage.getItem(TOKEN_KEY) || "", file: null };

  function icon(name) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") {
        node.textContent = attrs[key];
      } else if (key === "className") {
        node.className = attrs[key];
      } else {
        node.setAttribute(key, attrs[key]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // "2024-03-29" → "29/3/2024", "2023-09" → "9/2023": dates as people write them.
  function formatDate(iso) {
    if (!iso) {
      return "—";
    }
    var parts = iso.split("-");
    if (parts.length === 3) {
      return parseInt(parts[2], 10) + "/" + parseInt(parts[1], 10) + "/" + parts[0];
    }
    if (parts.length === 2) {
      return parseInt(parts[1], 10) + "/" + parts[0];
    }
    return iso;
  }

  // -- the API -----------------------------------------------------------------------------

  function request(method, path, body, withToken) {
    var headers = {};
    if (withToken) {
      headers.Authorization = "Bearer " + state.token;
    }
    return fetch(path, { method: method, headers: headers, body: body }).then(
      function (response) {
        if (response.status === 204) {
          return null;
        }
        return response.json().catch(function () { return null; }).then(function (data) {
          if (response.ok) {
            return data;
          }
          if (response.status === 401 && withToken) {
            signOut(TEXT.badToken);
          }
          var message = data && data.error ? data.error.message : TEXT.serverError;
          throw new Error(message);
        });
      },
      function () { throw new Error(TEXT.network); }
    );
  }

  // -- sign in and out ---------------------------------------------------------------------

  function signIn(token) {
    state.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    return loadDocuments().then(function () {
      $("sign-in").hidden = true;
      $("workspace").hidden = false;
      $("sign-out").hidden = false;
    });
  }

  function signOut(message) {
    state.token = "";
    sessionStorage.removeItem(TOKEN_KEY);
    $("workspace").hidden = true;
    $("sign-out").hidden = true;
    $("sign-in").hidden = false;
    var error = $("token-error");
    error.textContent = message || "";
    error.hidden = !message;
    $("token").value = "";
    $("token").focus();
  }

  // -- the documents -----------------------------------------------------------------------

  function ocrCell(doc) {
    if (!doc.ocr) {
      return el("span", { className: "badge", text: TEXT.noOcr });
    }
    var confidence = doc.ocr_confidence === null ? "" : " " + Math.round(doc.ocr_confidence) + "%";
    var cell = el("span", {}, [el("span", { className: "badge ocr", title: "Đọc bằng nhận dạng chữ (OCR)" }, [icon("scan"), TEXT.ocr + confidence])]);
    if (doc.ocr_low_pages && doc.ocr_low_pages.length) {
      cell.appendChild(document.createTextNode(" "));
      cell.appendChild(el("span", { className: "badge low" }, [icon("warn"), TEXT.checkPages + doc.ocr_low_pages.join(", ")]));
    }
    return cell;
  }

  function documentRow(doc) {
    var show = el("button", { type: "button", "aria-label": TEXT.showClauses + ": " + doc.title }, [icon("tree"), TEXT.showClauses]);
    show.addEventListener("click", function () { showTree(doc.id); });
    var chain = el("button", { type: "button", className: "chain", "aria-label": TEXT.showLineage + ": " + doc.title }, [icon("lineage"), TEXT.showLineage]);
    chain.addEventListener("click", function () { showLineage(doc.id); });
    var actions = [show, chain];
    if (doc.uploaded) {
      var remove = el("button", { type: "button", className: "danger", "aria-label": TEXT.remove + ": " + doc.title }, [icon("trash"), TEXT.remove]);
      remove.addEventListener("click", function () { removeDocument(doc); });
      actions.push(remove);
    } else {
      actions.push(el("span", { className: "source", text: " " + TEXT.source }));
    }
    return el("tr", { "data-id": doc.id }, [
      el("td", { className: "doc-title" }, [doc.title, el("span", { className: "id", text: doc.id })]),
      el("td", { text: doc.number || "—" }),
      el("td", { text: formatDate(doc.date) }),
      el("td", { text: doc.issuer || "—" }),
      el("td", { text: String(doc.clauses) }),
      el("td", {}, [ocrCell(doc)]),
      el("td", { className: "actions" }, actions),
    ]);
  }

  function loadDocuments() {
    $("list-status").textContent = TEXT.loading;
    return request("GET", "/admin/documents", null, true).then(function (documents) {
      var body = $("documents").querySelector("tbody");
      body.replaceChildren.apply(body, documents.map(documentRow));
      $("list-status").textContent = documents.length ? "" : TEXT.empty;
    });
  }

  function removeDocument(doc) {
    if (!window.confirm(TEXT.confirmRemove.replace("{title}", doc.title))) {
      return;
    }
    request("DELETE", "/admin/documents/" + encodeURIComponent(doc.id), null, true)
      .then(function () {
        ["tree-card", "lineage-card"].forEach(function (id) {
          if ($(id).getAttribute("data-id") === doc.id) {
            $(id).hidden = true;
          }
        });
        return loadDocuments();
      })
      .then(
        function () { $("list-status").textContent = TEXT.removed + doc.title; },
        function (error) { $("list-status").textContent = error.message; }
      );
  }

  // -- the clause tree ---------------------------------------------------------------------

  // "Mục III, điểm 5, ý 1" at level 1 → "điểm 5"; with the heading that part carries, if any.
  function partLabel(clause, level) {
    var parts = clause.label.split(",").map(function (part) { return part.trim(); });
    var label = parts[Math.min(level, parts.length - 1)];
    return label.charAt(0).toUpperCase() + label.slice(1);
  }

  function buildTree(clauses) {
    var root = { children: [], byKey: {} };
    clauses.forEach(function (clause) {
      var node = root;
      clause.path.forEach(function (part, level) {
        var key = clause.path.slice(0, level + 1).join("/");
        var child = node.byKey[key];
        if (!child) {
          child = { label: partLabel(clause, level), heading: clause.headings[level] || "", clause: null, children: [], byKey: {} };
          node.byKey[key] = child;
          node.children.push(child);
        }
        node = child;
      });
      node.clause = clause;
      node.label = clause.label.split(",").pop().trim();
      node.label = node.label.charAt(0).toUpperCase() + node.label.slice(1);
    });
    return root;
  }

  function renderNodes(nodes) {
    return el("ul", {}, nodes.map(function (node) {
      var item = el("li", {}, [el("span", { className: "label", text: node.label })]);
      if (!node.clause && node.heading) {
        item.appendChild(el("span", { className: "heading", text: " — " + node.heading }));
      }
      if (node.clause) {
        item.setAttribute("data-clause", node.clause.id);
        item.appendChild(el("p", { text: node.clause.text }));
      }
      if (node.children.length) {
        item.appendChild(renderNodes(node.children));
      }
      return item;
    }));
  }

  // Show a card about one document and bring it into view.
  function reveal(cardId, documentId) {
    var card = $(cardId);
    card.setAttribute("data-id", documentId);
    card.hidden = false;
    card.scrollIntoView({ block: "start" });
  }

  function showTree(documentId) {
    return request("GET", "/documents/" + encodeURIComponent(documentId), null, false).then(
      function (detail) {
        var doc = detail.document;
        $("tree-title").textContent = doc.title;
        $("tree-meta").textContent = [
          TEXT.number + (doc.number || TEXT.noNumber),
          TEXT.date + formatDate(doc.date),
          detail.clauses.length + TEXT.clauses,
        ].join(" · ");
        $("tree").replaceChildren(renderNodes(buildTree(detail.clauses).children));
        reveal("tree-card", doc.id);
      },
      function (error) { $("list-status").textContent = error.message; }
    );
  }

  // -- the chain of directives ---------------------------------------------------------------

  // One related text in words, with a button that opens its own chain (it may be only cited: then
  // by its number, which GET /documents/{id}/lineage also takes).
  function relatedItem(item) {
    var key = item.document_id || item.number;
    var name = item.number || item.title;
    var facts = [item.relation, item.in_corpus ? TEXT.inCorpus : TEXT.notInCorpus];
    var entry = el("li", { "data-relation": item.relation }, [el("strong", { text: name })]);
    if (item.number) {
      entry.appendChild(document.createTextNode(" — " + item.title));
    }
    entry.appendChild(el("span", { className: "hint", text: " (" + facts.join(", ") + ")" }));
    if (key) {
      var open = el("button", { type: "button", className: "quiet-link", "aria-label": TEXT.openLineage + name }, [icon("lineage")]);
      open.addEventListener("click", function () { showLineage(key); });
      entry.appendChild(open);
    }
    return entry;
  }

  function relatedList(title, items) {
    var list = items.length ? el("ul", {}, items.map(relatedItem)) : el("p", { className: "hint", text: TEXT.none });
    return el("section", { className: "related" }, [el("h3", { text: title + " (" + items.length + ")" }), list]);
  }

  // What the document implements above it, the texts implementing it below, nearest first; a text
  // the corpus only cites drawn with its number and title as cited, a press article as a source.
  // The lists under the picture say the same in words.
  function showLineage(key) {
    var path = "/documents/" + encodeURIComponent(key) + "/lineage";
    return request("GET", path, null, false).then(function (lineage) {
      if (!window.ctdLineage) {
        throw new Error(TEXT.serverError); // lineage.js did not load
      }
      var doc = lineage.document;
      $("lineage-title").textContent = TEXT.lineageOf + (doc.number ? doc.number + " — " : "") + doc.title;
      $("lineage-meta").textContent = doc.in_corpus ? TEXT.centreInCorpus : TEXT.centreCited;
      $("lineage-legend").replaceChildren(window.ctdLineage.legend());
      $("lineage").replaceChildren(
        window.ctdLineage.draw(lineage, { width: 640 }),
        relatedList(TEXT.above, lineage.ancestors),
        relatedList(TEXT.below, lineage.descendants)
      );
      reveal("lineage-card", doc.document_id || key);
    }).catch(function (error) { $("list-status").textContent = error.message; });
  }

  // -- upload ------------------------------------------------------------------------------

  function choose(file) {
    state.file = file || null;
    $("chosen").textContent = file ? TEXT.chosen + file.name : "";
    $("upload-button").disabled = !file;
  }

  function showResult(added) {
    var facts = [TEXT.number + (added.number || TEXT.noNumber), TEXT.date + formatDate(added.date), added.clauses + TEXT.clauses];
    if (added.ocr) {
      facts.push(TEXT.ocr);
    }
    var box = el("div", { className: "result" }, [
      el("p", {}, [TEXT.added, el("strong", { text: added.title })]),
      el("p", { className: "hint", text: facts.join(" · ") }),
    ]);
    if (added.warnings.length) {
      box.appendChild(el("p", { text: TEXT.warnings }));
      box.appendChild(el("ul", {}, added.warnings.map(function (w) { return el("li", { text: w }); })));
    }
    $("upload-status").replaceChildren(box);
  }

  function upload(event) {
    event.preventDefault();
    if (!state.file) {
      return;
    }
    var form = new FormData($("upload-form"));
    form.set("file", state.file, state.file.name);
    $("upload-button").disabled = true;
    $("upload-status").replaceChildren(el("div", { className: "busy" }, [icon("spinner"), el("span", { text: TEXT.uploading })]));
    request("POST", "/admin/documents", form, true).then(
      function (added) {
        showResult(added);
        choose(null);
        $("upload-form").reset();
        return loadDocuments().then(function () { return showTree(added.document_id); });
      },
      function (error) {
        $("upload-status").replaceChildren(el("div", { className: "result failed", role: "alert", text: error.message }));
        $("upload-button").disabled = !state.file;
      }
    );
  }

  function wireDropZone() {
    var zone = $("drop-zone");
    var input = $("file");
    zone.addEventListener("click", function () { input.click(); });
    zone.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        input.click();
      }
    });
    input.addEventListener("change", function () { choose(input.files[0]); });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add("over");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        choose(event.dataTransfer.files[0]);
      }
    });
  }

  // -- start -------------------------------------------------------------------------------

  $("token-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var token = $("token").value.trim();
    if (token) {
      signIn(token).catch(function (error) {
        if (state.token) {
          signOut(error.message);
        }
      });
    }
  });
  $("sign-out").addEventListener("click", function () { signOut(""); });
  $("upload-form").addEventListener("submit", upload);
  wireDropZone();
  if (state.token) {
    signIn(state.token).catch(function (error) {
      if (state.token) {
        signOut(error.message);
      }
    });
  }
})();
