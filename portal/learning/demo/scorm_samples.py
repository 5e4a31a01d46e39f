"""Two small, real SCORM packages with Vietnamese content, built in code, and broken variants.

- build_scorm12_package(): "Nhận biết tin nhắn lừa đảo" (SCORM 1.2): two pages and a
  three-question check; reports lesson_status passed/failed, score.raw/min/max, suspend_data,
  lesson_location, session_time and one interaction per question.
- build_scorm2004_package(): "Tạo mật khẩu mạnh" (SCORM 2004 4th Edition): reports
  completion_status, success_status, score.scaled, progress_measure and interactions.

The packages find the run-time API the standard way (window, its parents, the opener), so they
run in any LMS; in the portal the API is the shim the player injects.
"""

import io
import stat
import zipfile
from collections.abc import Mapping

SCORM12_TITLE = "Nhận biết tin nhắn lừa đảo"
SCORM2004_TITLE = "Tạo mật khẩu mạnh"

_STYLE = """
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; margin: 0;
       padding: 16px; color: #1a1a1a; background: #fff; }
h1 { font-size: 24px; margin-top: 0; }
section[hidden] { display: none; }
fieldset { border: 1px solid #999; border-radius: 6px; margin: 12px 0; padding: 8px 12px; }
label { display: block; padding: 6px 0; }
button { font-size: 18px; padding: 10px 16px; margin: 8px 8px 0 0; border-radius: 6px;
         border: 1px solid #0b5394; background: #0b5394; color: #fff; }
button.secondary { background: #fff; color: #0b5394; }
.result { font-weight: bold; margin-top: 12px; }
"""

# Finding the API: ADL's recommended search (SCORM 1.2 RTE §3.3.6.1; 2004 RTE §3.1.5).
_FIND_API = """
function findApi(name) {
  var win = window;
  for (var depth = 0; win && depth < 10; depth += 1) {
    if (win[name]) { return win[name]; }
    if (win.parent === win) { break; }
    try { win = win.parent; } catch (error) { break; }
  }
  try { if (window.opener && window.opener[name]) { return window.opener[name]; } }
  catch (error) { return null; }
  return null;
}
function pad(number, size) {
  var text = String(number);
  while (text.length < size) { text = "0" + text; }
  return text;
}
"""

_SCO12_JS = (
    _FIND_API
    + """
(function () {
  "use strict";
  var api = findApi("API");
  var started = Date.now();
  var finished = false;
  var state = { page: 1, answers: {} };
  var questions = [
    { id: "q1-link-la", right: "b" },
    { id: "q2-ma-otp", right: "a" },
    { id: "q3-chuyen-tien", right: "c" }
  ];

  function call(name) {
    if (!api) { return ""; }
    return api[name].apply(api, Array.prototype.slice.call(arguments, 1));
  }
  function sessionTime() {
    var seconds = Math.floor((Date.now() - started) / 1000);
    return pad(Math.floor(seconds / 3600), 4) + ":" + pad(Math.floor(seconds / 60) % 60, 2) +
      ":" + pad(seconds % 60, 2);
  }
  function show(page) {
    state.page = page;
    document.querySelectorAll("section[data-page]").forEach(function (section) {
      section.hidden = Number(section.dataset.page) !== page;
    });
    call("LMSSetValue", "cmi.core.lesson_location", String(page));
    call("LMSSetValue", "cmi.suspend_data", JSON.stringify(state));
    call("LMSCommit", "");
  }
  function finish() {
    if (finished) { return; }
    finished = true;
    call("LMSSetValue", "cmi.core.session_time", sessionTime());
    var status = call("LMSGetValue", "cmi.core.lesson_status");
    call("LMSSetValue", "cmi.core.exit", status === "passed" ? "" : "suspend");
    call("LMSFinish", "");
  }
  function submit() {
    var right = 0;
    questions.forEach(function (question, index) {
      var chosen = document.querySelector("input[name='" + question.id + "']:checked");
      var answer = chosen ? chosen.value : "";
      state.answers[question.id] = answer;
      var isRight = answer === question.right;
      if (isRight) { right += 1; }
      var prefix = "cmi.interactions." + index + ".";
      call("LMSSetValue", prefix + "id", question.id);
      call("LMSSetValue", prefix + "type", "choice");
      call("LMSSetValue", prefix + "student_response", answer || "-");
      call("LMSSetValue", prefix + "correct_responses.0.pattern", question.right);
      call("LMSSetValue", prefix + "result", isRight ? "correct" : "wrong");
      call("LMSSetValue", prefix + "weighting", "1");
    });
    var raw = Math.round(100 * right / questions.length);
    var mastery = Number(call("LMSGetValue", "cmi.student_data.mastery_score") || 60);
    var passed = raw >= mastery;
    call("LMSSetValue", "cmi.core.score.raw", String(raw));
    call("LMSSetValue", "cmi.core.score.min", "0");
    call("LMSSetValue", "cmi.core.score.max", "100");
    call("LMSSetValue", "cmi.core.lesson_status", passed ? "passed" : "failed");
    call("LMSSetValue", "cmi.suspend_data", JSON.stringify(state));
    call("LMSSetValue", "cmi.core.session_time", sessionTime());
    call("LMSCommit", "");
    var result = document.getElementById("result");
    result.textContent = "Bạn trả lời đúng " + right + "/" + questions.length + " câu (" + raw +
      " điểm). " + (passed ? "Bạn đã đạt!" : "Chưa đạt, hãy đọc lại và thử lần nữa.");
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!api) {
      document.getElementById("no-lms").hidden = false;
    }
    call("LMSInitialize", "");
    if (call("LMSGetValue", "cmi.core.lesson_status") === "not attempted") {
      call("LMSSetValue", "cmi.core.lesson_status", "incomplete");
    }
    var saved = call("LMSGetValue", "cmi.suspend_data");
    if (saved) {
      try { state = JSON.parse(saved); } catch (error) { state = { page: 1, answers: {} }; }
    }
    Object.keys(state.answers || {}).forEach(function (id) {
      var selector = "input[name='" + id + "'][value='" + state.answers[id] + "']";
      var input = document.querySelector(selector);
      if (input) { input.checked = true; }
    });
    show(Number(call("LMSGetValue", "cmi.core.lesson_location")) || state.page || 1);
    document.querySelectorAll("[data-go]").forEach(function (button) {
      button.addEventListener("click", function () { show(Number(button.dataset.go)); });
    });
    document.getElementById("submit").addEventListener("click", submit);
    document.getElementById("finish").addEventListener("click", finish);
  });
  window.addEventListener("pagehide", finish);
})();
"""
)

_SCO12_HTML = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nhận biết tin nhắn lừa đảo</title>
<link rel="stylesheet" href="style.css">
<script src="sco.js"></script>
</head>
<body>
<main>
<p id="no-lms" hidden>Không tìm thấy hệ thống học tập: kết quả sẽ không được lưu.</p>
<section data-page="1">
  <h1>Tin nhắn lừa đảo trông như thế nào?</h1>
  <p>Kẻ gian thường giả làm ngân hàng, công an hay nhà mạng. Tin nhắn của họ giục bạn làm
  ngay: bấm vào một đường link lạ, đọc mã OTP, hoặc chuyển tiền để "tránh bị khóa tài khoản".</p>
  <button type="button" data-go="2">Tiếp theo</button>
</section>
<section data-page="2" hidden>
  <h1>Cách tự bảo vệ</h1>
  <ul>
    <li>Không bấm vào đường link trong tin nhắn lạ.</li>
    <li>Không bao giờ đọc mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng.</li>
    <li>Gọi lại số tổng đài chính thức để kiểm tra trước khi chuyển tiền.</li>
  </ul>
  <button type="button" class="secondary" data-go="1">Quay lại</button>
  <button type="button" data-go="3">Làm bài kiểm tra</button>
</section>
<section data-page="3" hidden>
  <h1>Kiểm tra nhanh</h1>
  <fieldset><legend>1. Tin nhắn báo trúng thưởng kèm một đường link lạ. Bạn làm gì?</legend>
    <label><input type="radio" name="q1-link-la" value="a"> Bấm vào link để nhận thưởng</label>
    <label><input type="radio" name="q1-link-la" value="b"> Không bấm, xóa tin nhắn</label>
    <label><input type="radio" name="q1-link-la" value="c"> Gửi link cho bạn bè</label>
  </fieldset>
  <fieldset><legend>2. Ai được phép hỏi mã OTP của bạn?</legend>
    <label><input type="radio" name="q2-ma-otp" value="a"> Không ai cả</label>
    <label><input type="radio" name="q2-ma-otp" value="b"> Nhân viên ngân hàng</label>
    <label><input type="radio" name="q2-ma-otp" value="c"> Công an xã</label>
  </fieldset>
  <fieldset><legend>3. Người lạ gọi điện giục bạn chuyển tiền gấp. Bạn làm gì?</legend>
    <label><input type="radio" name="q3-chuyen-tien" value="a"> Chuyển ngay cho yên tâm</label>
    <label><input type="radio" name="q3-chuyen-tien" value="b"> Đọc số tài khoản của mình</label>
    <label><input type="radio" name="q3-chuyen-tien" value="c">
      Gác máy, gọi lại số chính thức</label>
  </fieldset>
  <button type="button" class="secondary" data-go="2">Quay lại</button>
  <button type="button" id="submit">Nộp bài</button>
  <button type="button" class="secondary" id="finish">Kết thúc</button>
  <p id="result" class="result" role="status"></p>
</section>
</main>
</body>
</html>
"""

_MANIFEST_12 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="vn.bdhvs.lua-dao" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd
    http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-lua-dao">
    <organization identifier="org-lua-dao">
      <title>Nhận biết tin nhắn lừa đảo</title>
      <item identifier="item-lua-dao" identifierref="res-lua-dao">
        <title>Nhận biết tin nhắn lừa đảo</title>
        <adlcp:masteryscore>60</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-lua-dao" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="sco.js"/>
      <file href="style.css"/>
    </resource>
  </resources>
</manifest>
"""

_SCO2004_JS = (
    _FIND_API
    + """
(function () {
  "use strict";
  var api = findApi("API_1484_11");
  var started = Date.now();
  var finished = false;
  var seen = {};
  var pages = 3;
  var questions = [
    { id: "do-dai", right: "b", type: "choice" },
    { id: "dung-chung", right: "false", type: "true-false" }
  ];

  function call(name) {
    if (!api) { return ""; }
    return api[name].apply(api, Array.prototype.slice.call(arguments, 1));
  }
  function duration() {
    var seconds = Math.floor((Date.now() - started) / 1000);
    return "PT" + Math.floor(seconds / 3600) + "H" + (Math.floor(seconds / 60) % 60) + "M" +
      (seconds % 60) + "S";
  }
  function show(page) {
    seen[page] = true;
    document.querySelectorAll("section[data-page]").forEach(function (section) {
      section.hidden = Number(section.dataset.page) !== page;
    });
    var measure = Math.min(1, Object.keys(seen).length / pages);
    call("SetValue", "cmi.location", String(page));
    if (call("GetValue", "cmi.completion_status") !== "completed") {
      call("SetValue", "cmi.progress_measure", measure.toFixed(2));
    }
    call("SetValue", "cmi.suspend_data", JSON.stringify({ seen: seen }));
    call("Commit", "");
  }
  function finish() {
    if (finished) { return; }
    finished = true;
    call("SetValue", "cmi.session_time", duration());
    var passed = call("GetValue", "cmi.success_status") === "passed";
    call("SetValue", "cmi.exit", passed ? "normal" : "suspend");
    call("Terminate", "");
  }
  function submit() {
    var right = 0;
    questions.forEach(function (question, index) {
      var chosen = document.querySelector("input[name='" + question.id + "']:checked");
      var answer = chosen ? chosen.value : "";
      var isRight = answer === question.right;
      if (isRight) { right += 1; }
      var prefix = "cmi.interactions." + index + ".";
      call("SetValue", prefix + "id", question.id);
      call("SetValue", prefix + "type", question.type);
      if (answer) { call("SetValue", prefix + "learner_response", answer); }
      call("SetValue", prefix + "correct_responses.0.pattern", question.right);
      call("SetValue", prefix + "result", isRight ? "correct" : "incorrect");
    });
    var scaled = right / questions.length;
    var passing = Number(call("GetValue", "cmi.scaled_passing_score") || 0.7);
    call("SetValue", "cmi.score.scaled", scaled.toFixed(2));
    call("SetValue", "cmi.score.raw", String(right));
    call("SetValue", "cmi.score.min", "0");
    call("SetValue", "cmi.score.max", String(questions.length));
    call("SetValue", "cmi.progress_measure", "1");
    call("SetValue", "cmi.completion_status", "completed");
    call("SetValue", "cmi.success_status", scaled >= passing ? "passed" : "failed");
    call("SetValue", "cmi.session_time", duration());
    call("Commit", "");
    document.getElementById("result").textContent = "Bạn trả lời đúng " + right + "/" +
      questions.length + " câu. " + (scaled >= passing ? "Bạn đã đạt!" : "Chưa đạt, hãy thử lại.");
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!api) { document.getElementById("no-lms").hidden = false; }
    call("Initialize", "");
    if (call("GetValue", "cmi.completion_status") === "unknown") {
      call("SetValue", "cmi.completion_status", "incomplete");
    }
    var saved = call("GetValue", "cmi.suspend_data");
    if (saved) {
      try { seen = JSON.parse(saved).seen || {}; } catch (error) { seen = {}; }
    }
    show(Number(call("GetValue", "cmi.location")) || 1);
    document.querySelectorAll("[data-go]").forEach(function (button) {
      button.addEventListener("click", function () { show(Number(button.dataset.go)); });
    });
    document.getElementById("submit").addEventListener("click", submit);
    document.getElementById("finish").addEventListener("click", finish);
  });
  window.addEventListener("pagehide", finish);
})();
"""
)

_SCO2004_HTML = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tạo mật khẩu mạnh</title>
<link rel="stylesheet" href="css/style.css">
<script src="js/sco.js"></script>
</head>
<body>
<main>
<p id="no-lms" hidden>Không tìm thấy hệ thống học tập: kết quả sẽ không được lưu.</p>
<section data-page="1">
  <h1>Vì sao cần mật khẩu mạnh?</h1>
  <p>Mật khẩu yếu như "123456" hay ngày sinh bị đoán ra trong vài giây. Khi đó kẻ gian
  vào được Zalo, tài khoản ngân hàng hay VNeID của bạn.</p>
  <button type="button" data-go="2">Tiếp theo</button>
</section>
<section data-page="2" hidden>
  <h1>Ba quy tắc dễ nhớ</h1>
  <ol>
    <li>Dài ít nhất 12 ký tự: một câu dễ nhớ, ví dụ "Mua-3-con-ga-o-cho-Phien!".</li>
    <li>Mỗi tài khoản một mật khẩu riêng.</li>
    <li>Bật xác thực hai lớp khi ứng dụng cho phép.</li>
  </ol>
  <button type="button" class="secondary" data-go="1">Quay lại</button>
  <button type="button" data-go="3">Làm bài kiểm tra</button>
</section>
<section data-page="3" hidden>
  <h1>Kiểm tra nhanh</h1>
  <fieldset><legend>1. Mật khẩu nào mạnh nhất?</legend>
    <label><input type="radio" name="do-dai" value="a"> 12345678</label>
    <label><input type="radio" name="do-dai" value="b"> Mua-3-con-ga-o-cho-Phien!</label>
    <label><input type="radio" name="do-dai" value="c"> ngaysinh1990</label>
  </fieldset>
  <fieldset><legend>2. Dùng chung một mật khẩu cho mọi tài khoản là an toàn.</legend>
    <label><input type="radio" name="dung-chung" value="true"> Đúng</label>
    <label><input type="radio" name="dung-chung" value="false"> Sai</label>
  </fieldset>
  <button type="button" class="secondary" data-go="2">Quay lại</button>
  <button type="button" id="submit">Nộp bài</button>
  <button type="button" class="secondary" id="finish">Kết thúc</button>
  <p id="result" class="result" role="status"></p>
</section>
</main>
</body>
</html>
"""

_MANIFEST_2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="vn.bdhvs.mat-khau" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-mat-khau">
    <organization identifier="org-mat-khau">
      <title>Tạo mật khẩu mạnh</title>
      <item identifier="item-mat-khau" identifierref="res-mat-khau">
        <title>Tạo mật khẩu mạnh</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="mat-khau" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.5</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-mat-khau" type="webcontent" adlcp:scormType="sco"
      href="index.html">
      <file href="index.html"/>
      <file href="js/sco.js"/>
      <file href="css/style.css"/>
    </resource>
  </resources>
</manifest>
"""


def scorm12_files() -> dict[str, bytes]:
    """The files of the SCORM 1.2 sample, by path."""
    return {
        "imsmanifest.xml": _MANIFEST_12.encode(),
        "index.html": _SCO12_HTML.encode(),
        "sco.js": _SCO12_JS.encode(),
        "style.css": _STYLE.encode(),
    }


def scorm2004_files() -> dict[str, bytes]:
    """The files of the SCORM 2004 4th Edition sample, by path."""
    return {
        "imsmanifest.xml": _MANIFEST_2004.encode(),
        "index.html": _SCO2004_HTML.encode(),
        "js/sco.js": _SCO2004_JS.encode(),
        "css/style.css": _STYLE.encode(),
    }


def build_zip(files: Mapping[str, bytes], *, symlinks: Mapping[str, str] | None = None) -> bytes:
    """A zip of these files (names kept exactly as given, even unsafe ones)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 1, 8, 0, 0))
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return buffer.getvalue()


def build_scorm12_package() -> bytes:
    """The SCORM 1.2 sample "Nhận biết tin nhắn lừa đảo" as zip bytes."""
    return build_zip(scorm12_files())


def build_scorm2004_package() -> bytes:
    """The SCORM 2004 4th Edition sample "Tạo mật khẩu mạnh" as zip bytes."""
    return build_zip(scorm2004_files())


BROKEN_KINDS = (
    "not_zip",
    "no_manifest",
    "bad_xml",
    "no_organisation",
    "no_sco",
    "missing_file",
    "parent_path",
    "absolute_path",
    "backslash_path",
    "symlink",
    "unknown_version",
    "bomb",
)


def build_broken_package(kind: str) -> bytes:
    """A variant of the SCORM 1.2 sample broken in one way (see BROKEN_KINDS)."""
    files = scorm12_files()
    manifest = _MANIFEST_12
    if kind == "not_zip":
        return b"PK\x03\x04 this is not really a zip file"
    if kind == "no_manifest":
        del files["imsmanifest.xml"]
    elif kind == "bad_xml":
        files["imsmanifest.xml"] = b"<manifest><organizations></manifest"
    elif kind == "no_organisation":
        start = manifest.index("<organizations")
        end = manifest.index("</organizations>") + len("</organizations>")
        files["imsmanifest.xml"] = (manifest[:start] + "<organizations/>" + manifest[end:]).encode()
    elif kind == "no_sco":
        files["imsmanifest.xml"] = manifest.replace(
            'adlcp:scormtype="sco"', 'adlcp:scormtype="asset"'
        ).encode()
    elif kind == "missing_file":
        del files["index.html"]
    elif kind == "parent_path":
        files["../evil.html"] = b"<p>outside</p>"
    elif kind == "absolute_path":
        files["/etc/evil.html"] = b"<p>outside</p>"
    elif kind == "backslash_path":
        files["lessons\\..\\..\\evil.html"] = b"<p>outside</p>"
    elif kind == "symlink":
        return build_zip(files, symlinks={"secrets.txt": "/etc/passwd"})
    elif kind == "unknown_version":
        files["imsmanifest.xml"] = manifest.replace(
            "<schemaversion>1.2</schemaversion>", "<schemaversion>1.1</schemaversion>"
        ).encode()
    elif kind == "bomb":
        files["video.bin"] = b"\0" * (8 * 1024 * 1024)
    else:
        raise ValueError(kind)
    return build_zip(files)
