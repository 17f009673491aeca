#!/usr/bin/env python3
"""Screenshots of every projector slide in every phase.

Runs the real app in a virtual X display (Xvfb), on session files written here with a speech
started a chosen time ago, so each phase shows at once without waiting. Needs Debian's xvfb,
xdotool and imagemagick, and a built binary.

  scripts/projector.py shots [BINARY]     # writes docs/screenshots/projector/*.png

The CPU the app uses with a speech running is measured by scripts/speed.py, with the session
and the CPU reading defined here.
"""

import datetime
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = json.loads((ROOT / "sessions" / "sample-q2-2020.json").read_text(encoding="utf-8"))
DISPLAY = ":77"


def at(seconds_ago):
    now = datetime.datetime.now().astimezone()
    return (now - datetime.timedelta(seconds=seconds_ago)).isoformat(timespec="milliseconds")


def session(step, speech_ago=None, speech_started=True, comment_ago=None):
    data = json.loads(json.dumps(SAMPLE))
    live = {"opened_at": at(1800), "speeches": [], "comments": [], "generalizations": []}
    flow = {"step": step, "queues": [{"subtopic": 1, "waiting": [{"member": 4}]}]}
    if speech_ago is not None:
        span = {"started_at": at(speech_ago)} if speech_started else {}
        if comment_ago is not None:
            span["ended_at"] = at(comment_ago + 5)
        live["speeches"].append({"id": 1, "subtopic": 1, "speaker": 3, "span": span})
        flow["current_speech"] = 1
    if comment_ago is not None:
        live["comments"].append({"id": 1, "speech": 1, "speaker": 2, "kind": "addition",
                                 "text": "", "span": {"started_at": at(comment_ago)}})
        flow["current_comment"] = 1
    live["generalizations"] = [{"subtopic": 1, "text": (
        "1. Vì sao chọn chủ đề: tự phê bình và phê bình giúp mỗi đảng viên tự hoàn thiện.\n"
        "2. Nội dung: đúng nơi, đúng lúc, cụ thể; góp ý để cùng tiến bộ.\n"
        "3. Vận dụng: còn nể nang, ngại va chạm (nguyên nhân chủ quan là chủ yếu).\n"
        "4. Biện pháp: mỗi quý tự kiểm điểm; chi bộ duy trì góp ý thẳng thắn.")}]
    live["flow"] = flow
    data["live"] = live
    return data


# (file name, step, speech started seconds ago or None, started?, comment seconds ago, keys)
SLIDES = [
    ("1-khai-mac", {"step": "opening"}, None, True, None, []),
    ("2-chu-de", {"step": "discussion", "subtopic": 1}, None, True, None, []),
    ("3-moi-phat-bieu", {"step": "discussion", "subtopic": 1}, 0, False, None, []),
    ("4-chua-du-thoi-gian", {"step": "discussion", "subtopic": 1}, 125, True, None, []),
    ("5-dat-yeu-cau", {"step": "discussion", "subtopic": 1}, 305, True, None, []),
    ("6-vuot-khuyen-nghi", {"step": "discussion", "subtopic": 1}, 485, True, None, []),
    ("7-qua-gioi-han", {"step": "discussion", "subtopic": 1}, 635, True, None, []),
    ("8-y-kien-bo-sung", {"step": "discussion", "subtopic": 1}, 400, True, 70, []),
    ("9-khai-quat", {"step": "generalization", "subtopic": 1}, None, True, None, ["g"]),
    ("10-ket-luan", {"step": "conclusion"}, None, True, None, ["g"]),
]


def xdo(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True,
                          env={**os.environ, "DISPLAY": DISPLAY}).stdout.strip()


def launch(binary, data, theme, file):
    (data / "settings.json").write_text(json.dumps({"theme": theme}), encoding="utf-8")
    env = {**os.environ, "DISPLAY": DISPLAY, "SINHHOAT_DATA_DIR": str(data)}
    log = open(data / "app.log", "w", encoding="utf-8")
    app = subprocess.Popen([binary, "open", str(file), "--live"], env=env, stdout=log, stderr=log)
    for _ in range(100):
        window = xdo("search", "--name", "^Sinh")
        if window:
            time.sleep(1.5)
            return app, window.splitlines()[0]
        time.sleep(0.2)
    app.kill()
    raise SystemExit("the app window did not appear:\n" + (data / "app.log").read_text(encoding="utf-8"))


def with_display(work, screen="1600x1000x24"):
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", screen, "-noreset", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        work()
    finally:
        xvfb.terminate()
        xvfb.wait()


def shots(binary):
    out = ROOT / "docs" / "screenshots" / "projector"
    out.mkdir(parents=True, exist_ok=True)

    def work():
        for theme, suffix in [("light", "sang"), ("high_contrast", "tuong-phan-cao")]:
            for name, step, speech_ago, started, comment_ago, keys in SLIDES:
                with tempfile.TemporaryDirectory() as folder:
                    data = pathlib.Path(folder)
                    file = data / "buoi.json"
                    file.write_text(json.dumps(session(step, speech_ago, started, comment_ago)),
                                    encoding="utf-8")
                    app, window = launch(binary, data, theme, file)
                    xdo("windowfocus", window)
                    for key in keys + ["F6"]:
                        xdo("key", key)
                        time.sleep(0.4)
                    xdo("mousemove", "1590", "990")
                    time.sleep(1.2)
                    target = out / f"{name}-{suffix}.png"
                    subprocess.run(["import", "-window", window, str(target)],
                                   env={**os.environ, "DISPLAY": DISPLAY}, check=True)
                    app.kill()
                    app.wait()
                    print(target.relative_to(ROOT))

    with_display(work)


def cpu_share(pid, seconds):
    """The process's CPU time over `seconds`, as a share of one core, read from /proc."""
    return cpu_shares([pid], seconds)[0]


def cpu_shares(pids, seconds):
    """Each process's CPU time over the same `seconds`, as a share of one core."""
    def ticks(pid):
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    hz = os.sysconf("SC_CLK_TCK")
    start_ticks, start = [ticks(pid) for pid in pids], time.monotonic()
    time.sleep(seconds)
    elapsed = time.monotonic() - start
    return [(ticks(pid) - before) / hz / elapsed * 100 for pid, before in zip(pids, start_ticks)]


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "shots"
    binary = sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "target" / "release" / "sinhhoat")
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        raise SystemExit("needs xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick)")
    {"shots": shots}[command](binary)
