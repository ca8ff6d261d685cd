// The dashboard's behaviour: draw each chart from its JSON spec, and tie the
// document text's evidence highlights to their records. No inline scripts.
"use strict";

function drawCharts() {
  document.querySelectorAll("figure.chart[data-spec]").forEach(function (figure) {
    var source = document.getElementById(figure.dataset.spec);
    if (!source || typeof vegaEmbed !== "function") { return; }
    var spec = JSON.parse(source.textContent);
    vegaEmbed(figure, spec, { actions: false, renderer: "svg" })
      .then(function () { figure.dataset.rendered = "true"; })
      .catch(function (error) { figure.textContent = "The chart could not be drawn: " + error; });
  });
}

function openRecord(index) {
  var record = document.getElementById("record-" + index);
  if (!record) { return; }
  record.open = true;
  record.scrollIntoView({ block: "nearest" });
  var summary = record.querySelector("summary");
  if (summary) { summary.focus(); }
  document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
  document.querySelectorAll("mark[data-records]").forEach(function (m) {
    if (m.dataset.records.split(" ").indexOf(String(index)) >= 0) { m.classList.add("active"); }
  });
}

function linkEvidence() {
  document.querySelectorAll("mark[data-records]").forEach(function (mark) {
    var first = mark.dataset.records.split(" ")[0];
    mark.addEventListener("click", function () { openRecord(first); });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); openRecord(first); }
    });
  });
  document.querySelectorAll("details.record").forEach(function (details) {
    details.addEventListener("toggle", function () {
      if (details.open) {
        var index = details.dataset.index;
        document.querySelectorAll("mark[data-records]").forEach(function (m) {
          m.classList.toggle("active", m.dataset.records.split(" ").indexOf(index) >= 0);
        });
      }
    });
  });
  var hash = window.location.hash.match(/^#record-(\d+)$/);
  if (hash) { openRecord(hash[1]); }
}

document.addEventListener("DOMContentLoaded", function () {
  drawCharts();
  linkEvidence();
});
