/*
 * ctd chat widget: a bubble that opens a question panel backed by the ctd HTTP API.
 *
 * Embed with one tag (data-api is optional and defaults to the origin this file is served from):
 *   <script src="https://host/widget.js" data-api="https://host" defer></script>
 *
 * Everything lives in a Shadow DOM root, so the host page's CSS cannot reach the widget and the
 * widget's CSS cannot leak out. Text from the API is only ever set with textContent.
 */
(function () {
  "use strict";

  if (window.ctdChatWidget) {
    return;
  }

  var script = document.currentScript;
  var apiBase = (
    (script && script.getAttribute("data-api")) ||
    (script && script.src ? new URL(script.src, location.href).origin : location.origin)
  ).replace(/\/+$/, "");
  // where this file came from: its companion scripts (lineage.js) are there too
  var scriptBase = script && script.src ? new URL(".", script.src).href.replace(/\/+$/, "") : apiBase;

  var HISTORY_TURNS = 3;
  var TIMEOUT_MS = 30000;
  var MAX_CHARS = 2000;

  var TEXT = {
    open: "Mở trợ lý hỏi đáp văn bản",
    close: "Đóng trợ lý",
    title: "Trợ lý văn bản Chữ thập đỏ",
    subtitle: "Trả lời kèm trích dẫn nguyên văn điều khoản",
    greeting:
      "Xin chào! Hãy hỏi về nhiệm vụ, trách nhiệm trong các văn bản chỉ đạo công tác Hội Chữ thập đỏ.",
    example: "Sở Giáo dục phải làm gì?",
    exampleLabel: "Hỏi thử: ",
    inputLabel: "Câu hỏi của bạn",
    placeholder: "Nhập câu hỏi…",
    send: "Gửi",
    sendLabel: "Gửi câu hỏi",
    hint: "Enter để gửi, Shift + Enter để xuống dòng.",
    loading: "Đang tìm trong văn bản…",
    refusal: "Không có trong văn bản",
    sources: "Nguồn: ",
    citation: "Trích dẫn ",
    number: "Số hiệu: ",
    date: "Ngày: ",
    noNumber: "không ghi số",
    networkError: "Không kết nối được máy chủ trợ lý. Vui lòng thử lại sau.",
    timeoutError: "Máy chủ trợ lý không phản hồi kịp. Vui lòng thử lại.",
    serverError: "Máy chủ trợ lý gặp sự cố. Vui lòng thử lại sau.",
    retry: "Thử lại",
    feedbackAsk: "Câu trả lời có hữu ích không?",
    feedbackUp: "Hữu ích",
    feedbackDown: "Chưa hữu ích",
    feedbackThanks: "Cảm ơn bạn đã phản hồi.",
    feedbackFailed: "Chưa gửi được phản hồi.",
    tasksTab: "Nhiệm vụ",
    tasksTabLabel: "Xem nhiệm vụ theo cơ quan",
    chatTab: "Hỏi đáp",
    chatTabLabel: "Quay lại hỏi đáp",
    chooseAgency: "Chọn cơ quan…",
    agencyLabel: "Cơ quan",
    tasksCount: " nhiệm vụ",
    noDeadline: "không nêu thời hạn",
    deadline: "Thời hạn: ",
    lead: "chủ trì",
    cooperating: "phối hợp",
    lineage: "Chuỗi văn bản",
  };

  var CSS = [
    ":host { all: initial; }",
    ".root { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;",
    "  color: #1f2328; }",
    ".root *, .root *::before, .root *::after { box-sizing: border-box; }",
    "button { font: inherit; cursor: pointer; }",
    "button:focus-visible, textarea:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }",
    ".bubble { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 60px; height: 60px;",
    "  border: 0; border-radius: 50%; background: #c8102e; color: #fff; display: flex; align-items: center;",
    "  justify-content: center; box-shadow: 0 4px 14px rgba(0,0,0,.25); }",
    ".bubble:hover { background: #a50d26; }",
    ".bubble svg { width: 28px; height: 28px; fill: currentColor; }",
    ".panel { position: fixed; right: 20px; bottom: 92px; z-index: 2147483000; width: 380px;",
    "  height: min(620px, calc(100vh - 112px)); display: flex; flex-direction: column; background: #fff;",
    "  border-radius: 14px; box-shadow: 0 10px 40px rgba(0,0,0,.28); overflow: hidden; }",
    ".panel[hidden] { display: none; }",
    ".head { display: flex; align-items: flex-start; gap: 8px; padding: 12px 14px; background: #c8102e; color: #fff; }",
    ".head h2 { margin: 0; font-size: 16px; font-weight: 600; }",
    ".head p { margin: 2px 0 0; font-size: 12.5px; opacity: .92; }",
    ".head .titles { flex: 1; }",
    ".close { border: 0; background: transparent; color: #fff; font-size: 24px; line-height: 1; padding: 2px 8px;",
    "  border-radius: 6px; }",
    ".close:hover { background: rgba(255,255,255,.18); }",
    ".log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px;",
    "  background: #f6f7f9; }",
    ".msg { max-width: 92%; padding: 9px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }",
    ".msg p { margin: 0; }",
    ".user { align-self: flex-end; background: #c8102e; color: #fff; border-bottom-right-radius: 4px; }",
    ".bot { align-self: flex-start; background: #fff; border: 1px solid #dde1e6; border-bottom-left-radius: 4px; }",
    ".loading { color: #57606a; font-style: italic; }",
    ".loading::after { content: ''; display: inline-block; width: 1em; text-align: left;",
    "  animation: dots 1.2s steps(4, end) infinite; }",
    "@keyframes dots { 0% { content: ''; } 25% { content: '.'; } 50% { content: '..'; } 75% { content: '...'; } }",
    ".refusal { background: #fff8e6; border-color: #e3b341; }",
    ".badge { display: inline-block; margin-bottom: 4px; padding: 1px 8px; border-radius: 999px;",
    "  background: #e3b341; color: #3d2c00; font-size: 12px; font-weight: 600; }",
    ".error { align-self: stretch; max-width: none; background: #fdecea; color: #8a1c12; border: 1px solid #f1aeb5; }",
    ".error button, .feedback button, .example { border: 1px solid currentColor; background: #fff;",
    "  color: inherit; border-radius: 8px; padding: 2px 10px; margin-top: 6px; }",
    ".example { color: #c8102e; margin: 6px 0 0; }",
    ".cite { border: 0; background: #fde7ea; color: #a50d26; font-weight: 600; border-radius: 5px;",
    "  padding: 0 4px; margin: 0 1px; }",
    ".cite[aria-expanded='true'] { background: #c8102e; color: #fff; }",
    ".sources { margin-top: 6px; font-size: 13px; color: #57606a; }",
    ".citation { margin-top: 8px; padding: 8px 10px; border-left: 3px solid #c8102e; background: #fafbfc;",
    "  border-radius: 4px; font-size: 13.5px; }",
    ".citation .label { font-weight: 600; }",
    ".citation .doc { color: #57606a; font-size: 12.5px; }",
    ".citation blockquote { margin: 6px 0 0; white-space: pre-wrap; }",
    ".feedback { margin-top: 6px; font-size: 12.5px; color: #57606a; display: flex; gap: 6px;",
    "  align-items: center; flex-wrap: wrap; }",
    ".feedback button { margin-top: 0; }",
    "form { display: flex; gap: 8px; padding: 10px 12px 4px; border-top: 1px solid #dde1e6; background: #fff; }",
    // 16px keeps mobile Safari from zooming into the page when the field takes the focus.
    "textarea { flex: 1; resize: none; font: inherit; font-size: 16px; padding: 8px 10px; border: 1px solid #aeb6bf;",
    "  border-radius: 10px; min-height: 42px; max-height: 120px; color: inherit; background: #fff; }",
    ".send { border: 0; border-radius: 10px; background: #c8102e; color: #fff; padding: 0 16px; font-weight: 600; }",
    ".send:disabled { background: #9aa3ad; cursor: wait; }",
    ".hint { margin: 0; padding: 0 12px 8px; font-size: 11.5px; color: #6e7781; background: #fff; }",
    ".sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;",
    "  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }",
    ".tab { border: 1px solid rgba(255,255,255,.7); background: transparent; color: #fff; border-radius: 8px;",
    "  padding: 2px 8px; font-size: 12.5px; margin-top: 2px; }",
    ".tasks { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }",
    ".tasks[hidden], .log[hidden], form[hidden], .hint[hidden] { display: none; }",
    ".tasks select { font: inherit; font-size: 15px; padding: 6px 8px; border: 1px solid #aeb6bf; border-radius: 8px; }",
    ".group { border: 1px solid #dde1e6; border-radius: 10px; padding: 8px 10px; }",
    ".group h3 { margin: 0 0 6px; font-size: 13.5px; color: #57606a; font-weight: 600; }",
    ".task { padding: 6px 0; border-top: 1px dashed #dde1e6; font-size: 13.5px; }",
    ".task .when { font-weight: 600; color: #a50d26; }",
    ".task .where { color: #57606a; font-size: 12.5px; }",
    ".task p { margin: 2px 0 0; }",
    ".linkish { border: 0; background: none; color: #1a5fb4; text-decoration: underline; padding: 0; font-size: 12.5px; }",
    ".lineage svg { width: 100%; height: auto; display: block; }",
    "@media (max-width: 480px) {",
    "  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }",
    "  .panel:not([hidden]) ~ .bubble { display: none; }",
    "}",
    "@media (prefers-reduced-motion: reduce) { .loading::after { animation: none; content: '…'; } }",
  ].join("\n");

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "text") {
        node.textContent = props[key];
      } else if (key === "className") {
        node.className = props[key];
      } else {
        node.setAttribute(key, props[key]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function chatIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h10V9H7zm0-3v2h10V6H7zm0 6v2h7v-2H7z");
    svg.appendChild(path);
    return svg;
  }

  // The rules of retrieval.answer.compose.format_date, which the text and Telegram answers use:
  // "2010-09-17" → "17/9/2010", "2023-09" → "9/2023", "2010" → "2010", anything else as written.
  function formatDate(iso) {
    var match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(String(iso).trim());
    if (!match) {
      return String(iso);
    }
    var parts = [match[3], match[2]].filter(Boolean).map(function (p) { return String(parseInt(p, 10)); });
    return parts.concat([match[1]]).join("/");
  }

  // `issuer` comes from GET /clauses/{id}; the citation itself names the document but not who issued it.
  function describeDocument(citation, issuer) {
    var parts = [citation.document_title];
    if (issuer) {
      parts.push(issuer);
    }
    parts.push(TEXT.number + (citation.document_number || TEXT.noNumber));
    if (citation.document_date) {
      parts.push(TEXT.date + formatDate(citation.document_date));
    }
    return parts.join(" · ");
  }

  function Widget() {
    this.turns = [];
    this.busy = false;
    this.build();
  }

  Widget.prototype.build = function () {
    var self = this;
    var host = el("div", { id: "ctd-chat-widget" });
    var shadow = host.attachShadow({ mode: "open" });
    shadow.appendChild(el("style", { text: CSS }));

    this.log = el("div", { className: "log", role: "log", "aria-live": "polite", "aria-label": TEXT.title });
    this.input = el("textarea", {
      id: "ctd-question",
      rows: "2",
      maxlength: String(MAX_CHARS),
      placeholder: TEXT.placeholder,
      "aria-describedby": "ctd-hint",
    });
    this.sendButton = el("button", { type: "submit", className: "send", "aria-label": TEXT.sendLabel, text: TEXT.send });
    this.closeButton = el("button", { type: "button", className: "close", "aria-label": TEXT.close, text: "×" });
    var form = el("form", {}, [
      el("label", { className: "sr-only", for: "ctd-question", text: TEXT.inputLabel }),
      this.input,
      this.sendButton,
    ]);
    this.panel = el("section", { id: "ctd-panel", className: "panel", role: "dialog", "aria-labelledby": "ctd-title", hidden: "" }, [
      el("div", { className: "head" }, [
        el("div", { className: "titles" }, [
          el("h2", { id: "ctd-title", text: TEXT.title }),
          el("p", { text: TEXT.subtitle }),
        ]),
        this.tasksButton = el("button", { type: "button", className: "tab", "aria-label": TEXT.tasksTabLabel, "aria-pressed": "false", text: TEXT.tasksTab }),
        this.closeButton,
      ]),
      this.log,
      this.tasksView = el("div", { className: "tasks", hidden: "" }),
      this.form = form,
      this.hint = el("p", { id: "ctd-hint", className: "hint", text: TEXT.hint }),
    ]);
    this.bubble = el("button", {
      type: "button",
      className: "bubble",
      "aria-label": TEXT.open,
      "aria-expanded": "false",
      "aria-controls": "ctd-panel",
    }, [chatIcon()]);

    shadow.appendChild(el("div", { className: "root" }, [this.panel, this.bubble]));
    this.greet();

    this.bubble.addEventListener("click", function () {
      self.toggle(self.panel.hidden);
    });
    this.closeButton.addEventListener("click", function () {
      self.toggle(false);
    });
    this.tasksButton.addEventListener("click", function () {
      self.showTasks(self.tasksView.hidden);
    });
    this.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        self.toggle(false);
      }
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        self.submit();
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    document.body.appendChild(host);
  };

  Widget.prototype.greet = function () {
    var self = this;
    var example = el("button", { type: "button", className: "example", text: TEXT.example });
    example.addEventListener("click", function () {
      self.input.value = TEXT.example;
      self.submit();
    });
    this.log.appendChild(el("div", { className: "msg bot" }, [
      el("p", { text: TEXT.greeting }),
      el("p", {}, [TEXT.exampleLabel, example]),
    ]));
  };

  Widget.prototype.toggle = function (open) {
    this.panel.hidden = !open;
    this.bubble.setAttribute("aria-expanded", String(open));
    if (open) {
      this.input.focus();
    } else {
      this.bubble.focus();
    }
  };

  Widget.prototype.append = function (node) {
    this.log.appendChild(node);
    this.log.scrollTop = this.log.scrollHeight;
    return node;
  };

  Widget.prototype.submit = function () {
    var question = this.input.value.trim();
    if (!question || this.busy) {
      return;
    }
    this.input.value = "";
    this.append(el("div", { className: "msg user" }, [el("p", { text: question })]));
    this.ask(question);
  };

  Widget.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.sendButton.disabled = busy;
    this.log.setAttribute("aria-busy", String(busy));
  };

  Widget.prototype.ask = function (question) {
    var self = this;
    var pending = this.append(el("div", { className: "msg bot loading", role: "status", text: TEXT.loading }));
    this.setBusy(true);
    var body = { question: question, history: this.turns.slice(-HISTORY_TURNS) };
    send("POST", "/ask", body).then(function (answer) {
      self.turns.push({ question: question, answer: answer.answer });
      self.append(self.renderAnswer(answer));
    }, function (error) {
      self.append(self.renderError(error.message, question));
    }).then(function () {
      pending.remove();
      self.setBusy(false);
      self.input.focus();
    });
  };

  Widget.prototype.renderError = function (message, question) {
    var self = this;
    var retry = el("button", { type: "button", text: TEXT.retry });
    var node = el("div", { className: "msg error", role: "alert" }, [el("p", { text: message }), retry]);
    retry.addEventListener("click", function () {
      node.remove();
      self.input.focus();
      self.ask(question);
    });
    return node;
  };

  Widget.prototype.renderAnswer = function (answer) {
    var node = el("div", { className: "msg bot" + (answer.abstained ? " refusal" : "") });
    if (answer.abstained) {
      node.appendChild(el("span", { className: "badge", text: TEXT.refusal }));
    }
    var byNumber = {};
    answer.citations.forEach(function (citation) {
      byNumber[citation.n] = citation;
    });
    var shown = {};
    var card = el("div", { className: "citation", hidden: "" });
    var text = el("p", { className: "answer" });
    answer.answer.split(/(\[\d+\])/).forEach(function (part) {
      var match = /^\[(\d+)\]$/.exec(part);
      var citation = match && byNumber[match[1]];
      if (citation) {
        shown[citation.n] = true;
        text.appendChild(citeButton(citation, card));
      } else if (part) {
        text.appendChild(document.createTextNode(part));
      }
    });
    node.appendChild(text);
    var unmarked = answer.citations.filter(function (citation) {
      return !shown[citation.n];
    });
    if (unmarked.length) {
      var sources = el("p", { className: "sources" }, [TEXT.sources]);
      unmarked.forEach(function (citation) {
        sources.appendChild(citeButton(citation, card));
      });
      node.appendChild(sources);
    }
    node.appendChild(card);
    if (!answer.abstained) {
      node.appendChild(feedbackRow(answer));
    }
    return node;
  };

  function citeButton(citation, card) {
    var button = el("button", {
      type: "button",
      className: "cite",
      "aria-expanded": "false",
      "aria-label": TEXT.citation + citation.n + ": " + citation.label + ", " + citation.document_title,
      text: "[" + citation.n + "]",
    });
    button.addEventListener("click", function () {
      var opening = button.getAttribute("aria-expanded") !== "true";
      var siblings = button.closest(".msg").querySelectorAll(".cite");
      Array.prototype.forEach.call(siblings, function (other) {
        other.setAttribute("aria-expanded", "false");
      });
      card.hidden = !opening;
      if (opening) {
        showCitation(card, citation);
        button.setAttribute("aria-expanded", "true");
        card.scrollIntoView({ block: "nearest" });
      }
    });
    return button;
  }

  function showCitation(card, citation) {
    var doc = el("p", { className: "doc", text: describeDocument(citation) });
    card.replaceChildren(
      el("p", { className: "label", text: "[" + citation.n + "] " + citation.label }),
      doc,
      el("blockquote", { text: citation.text })
    );
    send("GET", "/clauses/" + encodeURIComponent(citation.clause_id)).then(function (clause) {
      doc.textContent = describeDocument(citation, clause.document.issuer);
    }, function () {
      // The card already shows everything the answer carried; the issuer is a bonus.
    });
  }

  function feedbackRow(answer) {
    var row = el("div", { className: "feedback" }, [el("span", { text: TEXT.feedbackAsk })]);
    [["up", "👍", TEXT.feedbackUp], ["down", "👎", TEXT.feedbackDown]].forEach(function (choice) {
      var button = el("button", { type: "button", "aria-label": choice[2], title: choice[2], text: choice[1] });
      button.addEventListener("click", function () {
        var status = el("span", { role: "status", tabindex: "-1", text: TEXT.feedbackThanks });
        row.replaceChildren(status);
        status.focus(); // the clicked button is gone; keep the focus inside the panel
        send("POST", "/feedback", { answer_id: answer.id, question: answer.question, rating: choice[0] }).catch(function () {
          status.textContent = TEXT.feedbackFailed;
        });
      });
      row.appendChild(button);
    });
    return row;
  }

  // Call the API; resolve with the JSON body, or reject with an Error whose message is Vietnamese.
  function send(method, path, body) {
    var controller = new AbortController();
    var timer = setTimeout(function () {
      controller.abort();
    }, TIMEOUT_MS);
    var init = { method: method, signal: controller.signal };
    if (body !== undefined) {
      init.headers = { "Content-Type": "application/json" };
      init.body = JSON.stringify(body);
    }
    return fetch(apiBase + path, init).then(function (response) {
      return response.json().catch(function () {
        return null;
      }).then(function (data) {
        if (response.ok && data) {
          return data;
        }
        var message = data && data.error && data.error.message;
        throw new Error(message || TEXT.serverError);
      });
    }, function (error) {
      throw new Error(error.name === "AbortError" ? TEXT.timeoutError : TEXT.networkError);
    }).finally(function () {
      clearTimeout(timer);
    });
  }

  // -- the "Nhiệm vụ" view: an agency's tasks grouped by document, with deadlines, and each document's
  // chain of directives drawn as an SVG picture (GET /agencies, /agencies/{name}/tasks, /documents/{id}/lineage)

  Widget.prototype.showTasks = function (show) {
    this.tasksView.hidden = !show;
    this.log.hidden = show;
    this.form.hidden = show;
    this.hint.hidden = show;
    this.tasksButton.textContent = show ? TEXT.chatTab : TEXT.tasksTab;
    this.tasksButton.setAttribute("aria-pressed", String(show));
    this.tasksButton.setAttribute("aria-label", show ? TEXT.chatTabLabel : TEXT.tasksTabLabel);
    if (show && !this.agencySelect) {
      this.loadAgencies();
    }
  };

  Widget.prototype.loadAgencies = function () {
    var self = this;
    var select = el("select", { "aria-label": TEXT.agencyLabel }, [el("option", { value: "", text: TEXT.chooseAgency })]);
    this.agencySelect = select;
    this.taskList = el("div", { className: "task-list", "aria-live": "polite" });
    this.tasksView.appendChild(select);
    this.tasksView.appendChild(this.taskList);
    select.addEventListener("change", function () {
      if (select.value) {
        self.loadTasks(select.value);
      }
    });
    send("GET", "/agencies").then(function (agencies) {
      agencies.forEach(function (agency) {
        select.appendChild(el("option", { value: agency.name, text: agency.name + " (" + agency.tasks + TEXT.tasksCount + ")" }));
      });
    }, function (error) {
      self.taskList.appendChild(el("p", { className: "error", text: error.message }));
    });
  };

  // The picture is drawn by lineage.js, which the admin page shares; it is fetched from the host that
  // served this file the first time a chain is opened, so embedding stays one tag.
  var lineageScript = null;
  function loadLineageScript() {
    if (window.ctdLineage) {
      return Promise.resolve(window.ctdLineage);
    }
    if (!lineageScript) {
      lineageScript = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        function fail(message) {
          lineageScript = null; // the next click tries again
          tag.remove();
          reject(new Error(message));
        }
        tag.src = scriptBase + "/lineage.js";
        tag.async = true;
        tag.onload = function () {
          return window.ctdLineage ? resolve(window.ctdLineage) : fail(TEXT.serverError);
        };
        tag.onerror = function () {
          fail(TEXT.networkError);
        };
        document.head.appendChild(tag);
      });
    }
    return lineageScript;
  }

  function when(row) {
    if (row.deadline) {
      return formatDate(row.deadline) + (row.deadline_text ? " (" + row.deadline_text + ")" : "");
    }
    return row.deadline_text || TEXT.noDeadline;
  }

  Widget.prototype.loadTasks = function (name) {
    var self = this;
    var list = this.taskList;
    list.textContent = "";
    list.appendChild(el("p", { className: "loading", text: TEXT.loading }));
    send("GET", "/agencies/" + encodeURIComponent(name) + "/tasks").then(function (rows) {
      list.textContent = "";
      var groups = {};
      var order = [];
      rows.forEach(function (row) {
        if (!groups[row.document_id]) {
          groups[row.document_id] = [];
          order.push(row.document_id);
        }
        groups[row.document_id].push(row);
      });
      order.forEach(function (documentId) {
        var first = groups[documentId][0];
        var name = first.document_number || (first.document_title.length > 110 ? first.document_title.slice(0, 109) + "…" : first.document_title);
        var head = name + (first.document_date ? " · " + formatDate(first.document_date) : "");
        var picture = el("div", { className: "lineage" });
        var chain = el("button", { type: "button", className: "linkish", "aria-expanded": "false", text: TEXT.lineage });
        chain.addEventListener("click", function () {
          var open = chain.getAttribute("aria-expanded") !== "true";
          chain.setAttribute("aria-expanded", String(open));
          picture.textContent = "";
          if (open) {
            self.drawLineage(documentId, picture);
          }
        });
        var group = el("section", { className: "group", "data-document": documentId }, [
          el("h3", { title: first.document_title, text: head }), chain, picture,
        ]);
        groups[documentId].forEach(function (row) {
          group.appendChild(el("div", { className: "task", "data-clause": row.clause_id }, [
            el("div", { className: "when", text: TEXT.deadline + when(row) }),
            el("div", { className: "where", text: row.label + " · " + (row.role === "lead" ? TEXT.lead : TEXT.cooperating) }),
            el("p", { text: row.task }),
          ]));
        });
        list.appendChild(group);
      });
    }, function (error) {
      list.textContent = "";
      list.appendChild(el("p", { className: "error", text: error.message }));
    });
  };

  Widget.prototype.drawLineage = function (documentId, target) {
    var lineage = send("GET", "/documents/" + encodeURIComponent(documentId) + "/lineage");
    Promise.all([loadLineageScript(), lineage]).then(function (loaded) {
      target.appendChild(loaded[0].draw(loaded[1]));
    }, function (error) {
      target.appendChild(el("p", { className: "error", text: error.message }));
    });
  };

  function start() {
    window.ctdChatWidget = new Widget();
  }

  window.ctdChatWidget = "loading";
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
