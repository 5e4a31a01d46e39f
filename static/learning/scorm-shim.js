// SCORM run-time API inside the sandboxed package frame (SCORM 1.2 RTE §3; SCORM 2004 4th Ed.
// RTE §3-4). The frame has an opaque origin, so it cannot reach the portal's window.API; this
// shim is the API. It keeps the data model in memory, validates every call with the standard
// error codes, and posts the SCO's data to the player (the parent page), which saves it.
// Plain ES2017, no build step.
(function () {
  "use strict";

  var POST_EVERY_MS = 5000;

  function readInitialState() {
    var element = document.getElementById("scorm-initial-state");
    var parsed = null;
    try { parsed = element ? JSON.parse(element.textContent) : null; } catch (error) { parsed = null; }
    return parsed || { version: "1.2", lesson: null, cmi: {}, sequence: 0, saving: false };
  }

  var initial = readInitialState();
  var is2004 = initial.version === "2004";

  // Types ---------------------------------------------------------------------------------

  var DECIMAL = /^-?(\d+(\.\d+)?|\.\d+)$/;
  function isDecimal(value) { return DECIMAL.test(value) && isFinite(Number(value)); }
  function timespan12(value) { return /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(value); }
  function time12(value) { return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(value); }
  function duration(value) {
    return /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(value) &&
      value !== "P" && value.slice(-1) !== "T";
  }
  var TIMESTAMP = new RegExp(
    "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d" +
    "(\\.\\d{1,2})?)?)?(Z|[+-]([01]\\d|2[0-3])(:?[0-5]\\d)?)?)?)?)?$"
  );
  function timestamp(value) { return TIMESTAMP.test(value); }
  function identifier12(value) { return /^[\x21-\x7e]{1,255}$/.test(value); }
  function longIdentifier(value) { return value.length > 0 && value.length <= 4000 && /\S/.test(value); }

  // A check returns "" when the value is fine, else "type" (wrong type) or "range".
  function str(limit) { return function (value) { return value.length <= limit ? "" : "type"; }; }
  function words(list) { return function (value) { return list.indexOf(value) >= 0 ? "" : "type"; }; }
  function pattern(test) { return function (value) { return test(value) ? "" : "type"; }; }
  function between(low, high) {
    return function (value) {
      if (!isDecimal(value)) { return "type"; }
      var number = Number(value);
      if ((low !== null && number < low) || (high !== null && number > high)) { return "range"; }
      return "";
    };
  }
  function score12(value) { return value === "" ? "" : (between(0, 100)(value) ? "type" : ""); }
  function decimal12(low, high) {
    return function (value) { return between(low, high)(value) ? "type" : ""; };
  }
  function result(list) {
    return function (value) { return list.indexOf(value) >= 0 || isDecimal(value) ? "" : "type"; };
  }
  function navRequest(value) {
    var list = ["continue", "previous", "exit", "exitAll", "abandon", "abandonAll", "suspendAll", "_none_"];
    return list.indexOf(value) >= 0 || /^\{target=[^}]+\}(choice|jump)$/.test(value) ? "" : "type";
  }
  function any() { return ""; }

  // Data models: [pattern, access, check]. "n" stands for a collection index. -------------

  var MODEL_12 = [
    ["cmi.core.student_id", "r", any],
    ["cmi.core.student_name", "r", any],
    ["cmi.core.lesson_location", "rw", str(255)],
    ["cmi.core.credit", "r", any],
    ["cmi.core.lesson_status", "rw", words(["passed", "completed", "failed", "incomplete", "browsed"])],
    ["cmi.core.entry", "r", any],
    ["cmi.core.score.raw", "rw", score12],
    ["cmi.core.score.max", "rw", score12],
    ["cmi.core.score.min", "rw", score12],
    ["cmi.core.total_time", "r", any],
    ["cmi.core.lesson_mode", "r", any],
    ["cmi.core.exit", "w", words(["time-out", "suspend", "logout", ""])],
    ["cmi.core.session_time", "w", pattern(timespan12)],
    ["cmi.suspend_data", "rw", str(4096)],
    ["cmi.launch_data", "r", any],
    ["cmi.comments", "rw", str(4096)],
    ["cmi.comments_from_lms", "r", any],
    ["cmi.objectives.n.id", "rw", pattern(identifier12)],
    ["cmi.objectives.n.score.raw", "rw", score12],
    ["cmi.objectives.n.score.max", "rw", score12],
    ["cmi.objectives.n.score.min", "rw", score12],
    ["cmi.objectives.n.status", "rw", words(["passed", "completed", "failed", "incomplete", "browsed", "not attempted"])],
    ["cmi.student_data.mastery_score", "r", any],
    ["cmi.student_data.max_time_allowed", "r", any],
    ["cmi.student_data.time_limit_action", "r", any],
    ["cmi.student_preference.audio", "rw", decimal12(-1, 100)],
    ["cmi.student_preference.language", "rw", str(255)],
    ["cmi.student_preference.speed", "rw", decimal12(-100, 100)],
    ["cmi.student_preference.text", "rw", decimal12(-1, 1)],
    ["cmi.interactions.n.id", "w", pattern(identifier12)],
    ["cmi.interactions.n.objectives.n.id", "w", pattern(identifier12)],
    ["cmi.interactions.n.time", "w", pattern(time12)],
    ["cmi.interactions.n.type", "w", words(["true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"])],
    ["cmi.interactions.n.correct_responses.n.pattern", "w", str(255)],
    ["cmi.interactions.n.weighting", "w", decimal12(null, null)],
    ["cmi.interactions.n.student_response", "w", str(255)],
    ["cmi.interactions.n.result", "w", result(["correct", "wrong", "unanticipated", "neutral"])],
    ["cmi.interactions.n.latency", "w", pattern(timespan12)]
  ];
  var COMPLETION = ["completed", "incomplete", "not attempted", "unknown"];
  var SUCCESS = ["passed", "failed", "unknown"];
  var REAL = between(null, null);
  var MODEL_2004 = [
    ["cmi.comments_from_learner.n.comment", "rw", str(4000)],
    ["cmi.comments_from_learner.n.location", "rw", str(250)],
    ["cmi.comments_from_learner.n.timestamp", "rw", pattern(timestamp)],
    ["cmi.comments_from_lms.n.comment", "r", any],
    ["cmi.comments_from_lms.n.location", "r", any],
    ["cmi.comments_from_lms.n.timestamp", "r", any],
    ["cmi.completion_status", "rw", words(COMPLETION)],
    ["cmi.completion_threshold", "r", any],
    ["cmi.credit", "r", any],
    ["cmi.entry", "r", any],
    ["cmi.exit", "w", words(["time-out", "suspend", "logout", "normal", ""])],
    ["cmi.interactions.n.id", "rw", pattern(longIdentifier)],
    ["cmi.interactions.n.type", "rw", words(["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"])],
    ["cmi.interactions.n.objectives.n.id", "rw", pattern(longIdentifier)],
    ["cmi.interactions.n.timestamp", "rw", pattern(timestamp)],
    ["cmi.interactions.n.correct_responses.n.pattern", "rw", str(4000)],
    ["cmi.interactions.n.weighting", "rw", REAL],
    ["cmi.interactions.n.learner_response", "rw", str(4000)],
    ["cmi.interactions.n.result", "rw", result(["correct", "incorrect", "unanticipated", "neutral"])],
    ["cmi.interactions.n.latency", "rw", pattern(duration)],
    ["cmi.interactions.n.description", "rw", str(250)],
    ["cmi.launch_data", "r", any],
    ["cmi.learner_id", "r", any],
    ["cmi.learner_name", "r", any],
    ["cmi.learner_preference.audio_level", "rw", between(0, null)],
    ["cmi.learner_preference.language", "rw", pattern(function (v) { return v === "" || /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(v); })],
    ["cmi.learner_preference.delivery_speed", "rw", between(0, null)],
    ["cmi.learner_preference.audio_captioning", "rw", words(["-1", "0", "1"])],
    ["cmi.location", "rw", str(1000)],
    ["cmi.max_time_allowed", "r", any],
    ["cmi.mode", "r", any],
    ["cmi.objectives.n.id", "rw", pattern(longIdentifier)],
    ["cmi.objectives.n.score.scaled", "rw", between(-1, 1)],
    ["cmi.objectives.n.score.raw", "rw", REAL],
    ["cmi.objectives.n.score.min", "rw", REAL],
    ["cmi.objectives.n.score.max", "rw", REAL],
    ["cmi.objectives.n.success_status", "rw", words(SUCCESS)],
    ["cmi.objectives.n.completion_status", "rw", words(COMPLETION)],
    ["cmi.objectives.n.progress_measure", "rw", between(0, 1)],
    ["cmi.objectives.n.description", "rw", str(250)],
    ["cmi.progress_measure", "rw", between(0, 1)],
    ["cmi.scaled_passing_score", "r", any],
    ["cmi.score.scaled", "rw", between(-1, 1)],
    ["cmi.score.raw", "rw", REAL],
    ["cmi.score.min", "rw", REAL],
    ["cmi.score.max", "rw", REAL],
    ["cmi.session_time", "w", pattern(duration)],
    ["cmi.success_status", "rw", words(SUCCESS)],
    ["cmi.suspend_data", "rw", str(64000)],
    ["cmi.time_limit_action", "r", any],
    ["cmi.total_time", "r", any],
    ["adl.nav.request", "rw", navRequest]
  ];
  var CHILDREN_12 = {
    "cmi.core": "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time",
    "cmi.core.score": "raw,min,max",
    "cmi.objectives": "id,score,status",
    "cmi.objectives.n.score": "raw,min,max",
    "cmi.student_data": "mastery_score,max_time_allowed,time_limit_action",
    "cmi.student_preference": "audio,language,speed,text",
    "cmi.interactions": "id,objectives,time,type,correct_responses,weighting,student_response,result,latency"
  };
  var CHILDREN_2004 = {
    "cmi.comments_from_learner": "comment,location,timestamp",
    "cmi.comments_from_lms": "comment,location,timestamp",
    "cmi.interactions": "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description",
    "cmi.learner_preference": "audio_level,language,delivery_speed,audio_captioning",
    "cmi.objectives": "id,score,success_status,completion_status,progress_measure,description",
    "cmi.objectives.n.score": "scaled,raw,min,max",
    "cmi.score": "scaled,raw,min,max"
  };
  var COLLECTIONS_12 = ["cmi.objectives", "cmi.interactions", "cmi.interactions.n.objectives", "cmi.interactions.n.correct_responses"];
  var COLLECTIONS_2004 = ["cmi.comments_from_learner", "cmi.comments_from_lms", "cmi.objectives", "cmi.interactions", "cmi.interactions.n.objectives", "cmi.interactions.n.correct_responses"];
  // 2004: elements that read as "" with error 403 until they are set.
  var DEFAULTS_2004 = {
    "cmi.learner_preference.audio_level": "1",
    "cmi.learner_preference.language": "",
    "cmi.learner_preference.delivery_speed": "1",
    "cmi.learner_preference.audio_captioning": "0",
    "cmi.time_limit_action": "continue,no message",
    "cmi.completion_status": "unknown",
    "cmi.success_status": "unknown",
    "cmi.credit": "credit",
    "cmi.mode": "normal",
    "cmi.entry": "ab-initio",
    "cmi.total_time": "PT0S"
  };

  var MODEL = (is2004 ? MODEL_2004 : MODEL_12).map(function (row) {
    var source = "^" + row[0].replace(/\./g, "\\.").replace(/\\\.n\\\./g, "\\.(0|[1-9]\\d{0,3})\\.") + "$";
    return { pattern: row[0], regex: new RegExp(source), access: row[1], check: row[2] };
  });
  var CHILDREN = is2004 ? CHILDREN_2004 : CHILDREN_12;
  var COLLECTIONS = is2004 ? COLLECTIONS_2004 : COLLECTIONS_12;

  function elementFor(name) {
    for (var i = 0; i < MODEL.length; i += 1) {
      if (MODEL[i].regex.test(name)) { return MODEL[i]; }
    }
    return null;
  }
  function generic(name) { return name.replace(/\.\d+\./g, ".n.").replace(/\.\d+$/, ".n"); }

  // Errors --------------------------------------------------------------------------------

  var ERRORS_12 = {
    "0": "No error",
    "101": "General exception",
    "201": "Invalid argument error",
    "202": "Element cannot have children",
    "203": "Element not an array - cannot have count",
    "301": "Not initialized",
    "401": "Not implemented error",
    "402": "Invalid set value, element is a keyword",
    "403": "Element is read only",
    "404": "Element is write only",
    "405": "Incorrect data type"
  };
  var ERRORS_2004 = {
    "0": "No Error",
    "101": "General Exception",
    "102": "General Initialization Failure",
    "103": "Already Initialized",
    "104": "Content Instance Terminated",
    "111": "General Termination Failure",
    "112": "Termination Before Initialization",
    "113": "Termination After Termination",
    "122": "Retrieve Data Before Initialization",
    "123": "Retrieve Data After Termination",
    "132": "Store Data Before Initialization",
    "133": "Store Data After Termination",
    "142": "Commit Before Initialization",
    "143": "Commit After Termination",
    "201": "General Argument Error",
    "301": "General Get Failure",
    "351": "General Set Failure",
    "391": "General Commit Failure",
    "401": "Undefined Data Model Element",
    "402": "Unimplemented Data Model Element",
    "403": "Data Model Element Value Not Initialized",
    "404": "Data Model Element Is Read Only",
    "405": "Data Model Element Is Write Only",
    "406": "Data Model Element Type Mismatch",
    "407": "Data Model Element Value Out Of Range",
    "408": "Data Model Dependency Not Established"
  };
  var ERRORS = is2004 ? ERRORS_2004 : ERRORS_12;

  // State ---------------------------------------------------------------------------------

  var values = {};
  Object.keys(initial.cmi || {}).forEach(function (name) { values[name] = String(initial.cmi[name]); });
  var phase = "new"; // new → running → finished
  var lastError = "0";
  var diagnostic = "";
  var sequence = Number(initial.sequence) || 0;
  var session = Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  var startedAt = 0;
  var isDirty = false;
  var lastPostAt = 0;

  function fail(code, detail) {
    lastError = String(code);
    diagnostic = detail || "";
    return "false";
  }
  function ok(value) {
    lastError = "0";
    diagnostic = "";
    return value === undefined ? "true" : value;
  }

  function countOf(collection) {
    var prefix = collection + ".";
    var highest = -1;
    Object.keys(values).forEach(function (name) {
      if (name.indexOf(prefix) !== 0) { return; }
      var index = Number(name.slice(prefix.length).split(".")[0]);
      if (!isNaN(index) && index > highest) { highest = index; }
    });
    return highest + 1;
  }

  function isCollection(name) { return COLLECTIONS.indexOf(generic(name + ".0").replace(/\.n$/, "")) >= 0; }

  function keyword(name, forSet) {
    var dot = name.lastIndexOf(".");
    var parent = name.slice(0, dot);
    var word = name.slice(dot + 1);
    if (word === "_version" && is2004 && parent === "cmi") { return { value: "1.0" }; }
    if (word === "_children") {
      var children = CHILDREN[generic(parent + ".x").replace(/\.x$/, "")] || CHILDREN[generic(parent)];
      if (children) { return { value: children }; }
      return { error: is2004 ? (forSet ? 404 : 301) : 202 };
    }
    if (word === "_count") {
      if (isCollection(parent)) { return { value: String(countOf(parent)) }; }
      return { error: is2004 ? (forSet ? 404 : 301) : 203 };
    }
    return null;
  }

  function getValue(name) {
    if (is2004) {
      if (phase === "new") { return fail(122) && ""; }
      if (phase === "finished") { return fail(123) && ""; }
      if (!name) { return fail(301) && ""; }
    } else {
      if (phase !== "running") { return fail(301) && ""; }
      if (!name) { return fail(201) && ""; }
    }
    name = String(name);
    var special = keyword(name, false);
    if (special) {
      if (special.error) { fail(special.error, name); return ""; }
      return ok(special.value);
    }
    var element = elementFor(name);
    if (!element) { fail(is2004 ? 401 : 201, name); return ""; }
    if (element.access === "w") { fail(is2004 ? 405 : 404, name); return ""; }
    if (Object.prototype.hasOwnProperty.call(values, name)) { return ok(values[name]); }
    if (is2004) {
      if (Object.prototype.hasOwnProperty.call(DEFAULTS_2004, name)) { return ok(DEFAULTS_2004[name]); }
      fail(403, name);
      return "";
    }
    return ok("");
  }

  function dependencyMissing(name) {
    // 2004: an interaction's or objective's other fields need its id first (RTE 4.2.9, 4.2.17).
    var match = /^(cmi\.(interactions|objectives)\.\d+)\.(.+)$/.exec(name);
    if (!match || match[3] === "id") { return false; }
    return !Object.prototype.hasOwnProperty.call(values, match[1] + ".id");
  }

  function indexProblem(name) {
    // A new row may only be added at the end of a collection.
    var parts = name.split(".");
    for (var i = 1; i < parts.length; i += 1) {
      if (/^\d+$/.test(parts[i])) {
        var collection = parts.slice(0, i).join(".");
        if (Number(parts[i]) > countOf(collection)) { return true; }
      }
    }
    return false;
  }

  function setValue(name, value) {
    if (is2004) {
      if (phase === "new") { return fail(132); }
      if (phase === "finished") { return fail(133); }
      if (!name) { return fail(351); }
    } else {
      if (phase !== "running") { return fail(301); }
      if (!name) { return fail(201); }
    }
    name = String(name);
    value = value === undefined || value === null ? "" : String(value);
    var word = name.slice(name.lastIndexOf(".") + 1);
    if (word === "_children" || word === "_count" || word === "_version") {
      if (!is2004) { return fail(402, name); }
      return fail(elementFor(name) || keyword(name, true) ? 404 : 401, name);
    }
    var element = elementFor(name);
    if (!element) { return fail(is2004 ? 401 : 201, name); }
    if (element.access === "r") { return fail(is2004 ? 404 : 403, name); }
    if (indexProblem(name)) { return fail(is2004 ? 351 : 201, name); }
    if (is2004 && dependencyMissing(name)) { return fail(408, name); }
    var problem = element.check(value);
    if (problem === "range") { return fail(is2004 ? 407 : 405, name); }
    if (problem) { return fail(is2004 ? 406 : 405, name); }
    values[name] = value;
    isDirty = true;
    return ok();
  }

  // Posting to the player -----------------------------------------------------------------

  function snapshot() {
    var cmi = {};
    Object.keys(values).forEach(function (name) {
      var element = elementFor(name);
      if (element && element.access !== "r") { cmi[name] = values[name]; }
    });
    return cmi;
  }

  function post(finished) {
    if (window.parent === window) { return; }
    sequence += 1;
    lastPostAt = Date.now();
    isDirty = false;
    var target = /^https?:/.test(location.origin) ? location.origin : "*";
    try {
      window.parent.postMessage({
        type: "scorm:commit",
        lesson: initial.lesson,
        version: initial.version,
        seq: sequence,
        session: session,
        finished: Boolean(finished),
        cmi: snapshot()
      }, target);
    } catch (error) {
      window.parent.postMessage({ type: "scorm:error", lesson: initial.lesson }, "*");
    }
  }

  function elapsed() {
    var seconds = Math.max(0, Math.round((Date.now() - startedAt) / 1000));
    if (is2004) { return "PT" + seconds + "S"; }
    var pad = function (number, size) { var text = String(number); while (text.length < size) { text = "0" + text; } return text; };
    return pad(Math.floor(seconds / 3600), 4) + ":" + pad(Math.floor(seconds / 60) % 60, 2) + ":" + pad(seconds % 60, 2);
  }

  function initialize(argument) {
    if (argument !== undefined && argument !== null && String(argument) !== "") {
      return fail(201);
    }
    if (phase === "running") { return fail(is2004 ? 103 : 101); }
    if (phase === "finished") { return fail(is2004 ? 104 : 101); }
    phase = "running";
    startedAt = Date.now();
    if (!is2004 && !values["cmi.core.lesson_status"]) { values["cmi.core.lesson_status"] = "not attempted"; }
    return ok();
  }

  function commit(argument) {
    if (argument !== undefined && argument !== null && String(argument) !== "") { return fail(201); }
    if (is2004) {
      if (phase === "new") { return fail(142); }
      if (phase === "finished") { return fail(143); }
    } else if (phase !== "running") {
      return fail(301);
    }
    post(false);
    return ok();
  }

  function terminate(argument) {
    if (argument !== undefined && argument !== null && String(argument) !== "") { return fail(201); }
    if (is2004) {
      if (phase === "new") { return fail(112); }
      if (phase === "finished") { return fail(113); }
    } else if (phase !== "running") {
      return fail(301);
    }
    var timeName = is2004 ? "cmi.session_time" : "cmi.core.session_time";
    if (!values[timeName]) { values[timeName] = elapsed(); }
    if (!is2004 && values["cmi.core.lesson_status"] === "not attempted") {
      // SCORM 1.2 RTE 3.4.4: a SCO that never set a status is completed when it finishes.
      values["cmi.core.lesson_status"] = "completed";
    }
    post(true);
    phase = "finished";
    return ok();
  }

  function errorString(code) { return ERRORS[String(code)] || ""; }
  function diagnosticOf(code) {
    if (code === undefined || code === null || String(code) === "") { return diagnostic; }
    return String(code) === lastError ? (diagnostic || errorString(code)) : errorString(code);
  }

  setInterval(function () {
    if (phase === "running" && isDirty && Date.now() - lastPostAt >= POST_EVERY_MS) { post(false); }
  }, 1000);
  window.addEventListener("pagehide", function () {
    if (phase === "running" && isDirty) { post(false); }
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && phase === "running" && isDirty) { post(false); }
  });

  if (is2004) {
    window.API_1484_11 = {
      version: "1.0",
      Initialize: initialize,
      Terminate: terminate,
      GetValue: getValue,
      SetValue: setValue,
      Commit: commit,
      GetLastError: function () { return lastError; },
      GetErrorString: errorString,
      GetDiagnostic: diagnosticOf
    };
  } else {
    window.API = {
      LMSInitialize: initialize,
      LMSFinish: terminate,
      LMSGetValue: getValue,
      LMSSetValue: setValue,
      LMSCommit: commit,
      LMSGetLastError: function () { return lastError; },
      LMSGetErrorString: errorString,
      LMSGetDiagnostic: diagnosticOf
    };
  }
})();
