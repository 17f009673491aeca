#!/usr/bin/env python3
"""Start-up, memory, CPU and frame times of the real app, measured from outside the process on
a virtual X display (Xvfb, software OpenGL), and written to docs/SPEED.md.

  scripts/speed.py            # builds the release app and the yardstick, measures, writes
  scripts/speed.py --print    # the same, printing the report instead of writing it

Needs Debian's xvfb and xdotool (and Mesa, which .ci/run installs). The yardstick is
examples/minimal_window.rs: the smallest eframe app, from the same eframe, renderer and window
size. Both print 'first frame' when their first frame has been shown (--report-frames), and
sinhhoat prints each frame's CPU time, which eframe measures around the app's update, the
tessellation and the painting.
"""

import datetime
import json
import os
import pathlib
import platform
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import projector

ROOT = pathlib.Path(__file__).resolve().parent.parent
DISPLAY = projector.DISPLAY
ENV = {**os.environ, "DISPLAY": DISPLAY}
ENV.pop("WAYLAND_DISPLAY", None)
APP = ROOT / "target" / "release" / "sinhhoat"
MINIMAL = ROOT / "target" / "release" / "examples" / "minimal_window"
FLOOR = ROOT / "target" / "release" / "examples" / "stage_floor"
ROOM_SCREEN = "1920x1080x24"
ROOM_RUNS = 3
ROOM_SECONDS = 40
STARTS = 15


def build():
    subprocess.run(["cargo", "build", "--release", "--locked", "--bin", "sinhhoat",
                    "--example", "minimal_window", "--example", "stage_floor", "--features", "sound"], cwd=ROOT,
                   check=True)


def rss_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


class Running:
    """A program started with --report-frames, its output read line by line as it comes."""

    def __init__(self, command):
        self.started = time.monotonic()
        self.process = subprocess.Popen(command + ["--report-frames"], env=ENV, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), line.strip()))

    def wait_for(self, wanted, timeout=60):
        while True:
            when, line = self.lines.get(timeout=timeout)
            if line == wanted:
                return when - self.started

    def frames_until(self, stop, since):
        """Frame CPU times (ms) printed from `since` until stop() says enough."""
        times = []
        while not stop():
            time.sleep(0.01)
            while not self.lines.empty():
                when, line = self.lines.get()
                if when >= since and line.startswith("frame "):
                    times.append(float(line.split()[1]))
        return times

    def stop(self):
        self.process.kill()
        self.process.wait()


def start_up(data):
    """Median time to the first frame and resident memory, app and yardstick alternating."""
    results = {"sinhhoat": ([], []), "minimal": ([], [])}
    first = Running([str(APP), "--data-dir", str(data)])
    first.wait_for("first frame")
    time.sleep(1)
    first.stop()
    for _ in range(STARTS):
        for name, command in [("sinhhoat", [str(APP), "--data-dir", str(data)]),
                              ("minimal", [str(MINIMAL)])]:
            program = Running(command)
            seconds = program.wait_for("first frame")
            time.sleep(2)
            memory = rss_kib(program.process.pid)
            program.stop()
            results[name][0].append(seconds * 1000)
            results[name][1].append(memory / 1024)
            time.sleep(0.3)
    return {name: (statistics.median(ms), statistics.median(mib)) for name, (ms, mib) in results.items()}


def xdo(*args):
    subprocess.run(["xdotool", *args], env=ENV, check=False, capture_output=True)


def window_of(pid):
    for _ in range(100):
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "^Sinh"],
                               env=ENV, capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise RuntimeError("no window")


def open_live(data, file, session):
    """The app on `session`, written to `file`, on the live screen, focused and settled."""
    file.write_text(json.dumps(session, ensure_ascii=False), encoding="utf-8")
    program = Running([str(APP), "--data-dir", str(data), "open", str(file), "--live"])
    program.wait_for("first frame")
    window = window_of(program.process.pid)
    xdo("windowfocus", "--sync", window)
    time.sleep(1)
    return program, window


def cpu(data):
    """CPU share of one core with a speech running and both windows open: the floor program
    and sinhhoat in turn, each alone on the display (a window wholly covered by another is
    not drawn at all, which would flatter whichever is underneath); then sinhhoat with the
    speech paused."""
    running_speech = projector.session({"step": "discussion", "subtopic": 1}, 30)
    pairs = []
    for run in range(ROOM_RUNS):
        floor = Running([str(FLOOR)])
        time.sleep(3)
        floor_share = projector.cpu_share(floor.process.pid, ROOM_SECONDS)
        floor.stop()
        program, window = open_live(data, data / f"running-{run}.json", running_speech)
        xdo("key", "F5")
        time.sleep(3)
        pairs.append((projector.cpu_share(program.process.pid, ROOM_SECONDS), floor_share))
        if run + 1 < ROOM_RUNS:
            program.stop()
    xdo("windowfocus", "--sync", window)
    xdo("key", "space")
    time.sleep(2)
    paused = projector.cpu_share(program.process.pid, 30)
    program.stop()
    return pairs, paused


def large_session():
    """500 members and 10,000-character notes: the heaviest fixture files in one."""
    hostile = ROOT / "tests" / "fixtures" / "hostile" / "loads"
    session = json.loads((hostile / "500-members.json").read_text(encoding="utf-8"))
    notes = json.loads((hostile / "notes-of-10000-characters.json").read_text(encoding="utf-8"))
    session["live"] = notes["live"]
    return session


def typing(data):
    """Frame CPU times while a comment is typed into a large session, each key saved."""
    file = data / "large.json"
    program, _ = open_live(data, file, large_session())
    xdo("key", "c")
    time.sleep(0.5)
    xdo("key", "1")
    time.sleep(1)
    text = "Can neu ro nguyen nhan chu quan va bien phap khac phuc cu the trong quy toi. " * 3
    since = time.monotonic()
    typist = subprocess.Popen(["xdotool", "type", "--delay", "40", text], env=ENV)
    saves = []
    last = file.stat().st_mtime_ns

    def done():
        nonlocal last
        mtime = file.stat().st_mtime_ns
        if mtime != last:
            saves.append(mtime)
            last = mtime
        return typist.poll() is not None

    frames = program.frames_until(done, since)
    time.sleep(1.5)
    saved = json.loads(file.read_text(encoding="utf-8"))["live"]["comments"][-1]["text"]
    program.stop()
    return frames, len(saves), len(text), len(saved), file.stat().st_size


def report(start, cpu_figures, typed):
    app_ms, app_mib = start["sinhhoat"]
    min_ms, min_mib = start["minimal"]
    pairs, paused = cpu_figures
    app_runs = [app for app, _ in pairs]
    floor_runs = [floor for _, floor in pairs]
    runs = "\n".join(f"| {index + 1} | {app:.2f}% | {floor:.2f}% | {app / floor:.2f}× |"
                     for index, (app, floor) in enumerate(pairs))
    app_cpu, floor_cpu = statistics.median(app_runs), statistics.median(floor_runs)
    frames, saves, typed_chars, saved_chars, size = typed
    ordered = sorted(frames)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    cpu_model = next((line.split(":", 1)[1].strip() for line in
                      pathlib.Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), platform.processor())
    return f"""# Speed and memory of the whole app

Measured by `scripts/speed.py` on {datetime.date.today().isoformat()}: the release build in a
1600×1000 Xvfb display with Mesa's software OpenGL (llvmpipe), on {os.cpu_count()} cores of
{cpu_model}. Every figure is read from outside the process: start-up is the time from
starting the program to its `first frame` line (printed when its second frame begins, so the
first has been painted and shown), memory is `VmRSS` from `/proc` two seconds after that, CPU
is the process's user and system time from `/proc/PID/stat` over the period.

## Start-up and memory against the smallest eframe app

The yardstick is `examples/minimal_window.rs`: one label in a 1200×820 window, the same eframe
0.37, the same glow renderer. sinhhoat reopens the bundled sample meeting, with its three
bundled Noto Sans fonts. Median of {STARTS} starts each, taken in turn.

| | first frame | resident memory |
|---|---|---|
| minimal eframe window | {min_ms:.0f} ms | {min_mib:.1f} MiB |
| sinhhoat | {app_ms:.0f} ms | {app_mib:.1f} MiB |
| ratio (target ≤ 1.5×) | {app_ms / min_ms:.2f}× | {app_mib / min_mib:.2f}× |

## CPU in the room: a speech running, both windows open, against the floor

At 1920×1080 (a {ROOM_SCREEN} Xvfb screen of its own): sinhhoat on the live screen with the
projector window open (F5) and a speech running, and at the same time the floor,
`examples/stage_floor.rs` — the smallest eframe program doing the same job: a 1200×820 main
window with a clock label and a 1280×720 second window (an immediate viewport) whose digits
fill 40% of its height, glow, redrawn once a second. They take turns, each alone on the
display (a window wholly covered by another is not drawn at all), {ROOM_SECONDS} s each,
{ROOM_RUNS} times; a share of one core.

| period | sinhhoat | floor | ratio |
|---|---|---|---|
{runs}
| median | {app_cpu:.2f}% | {floor_cpu:.2f}% | {app_cpu / floor_cpu:.2f}× |

Targets: at most 1.3× the floor, and under 3% of a core. With the speech paused (30 s),
sinhhoat uses {paused:.2f}%: nothing is drawn but the time of day, once a minute.

## Frames while typing, every keystroke saved

A session of 500 members with 10,000-character notes ({size // 1024} KiB on disk), a
follow-up comment typed with xdotool at one key per 40 ms: {typed_chars} characters, each an
edit handed to the autosave thread; {saves} writes of the file were seen during the typing
(snapshots that arrive while a write runs are merged into the next), and the saved comment
holds {saved_chars} characters at the end. The frame CPU times are the app's own
(`--report-frames`), over {len(frames)} frames:

| frames | median | 99th percentile | slowest | target |
|---|---|---|---|---|
| {len(frames)} | {statistics.median(frames) if frames else 0:.1f} ms | {p99:.1f} ms | {max(frames, default=0):.1f} ms | ≤ 16 ms |

The UI thread only clones the session and hands it over; encoding and writing happen on the
autosave thread (see [PERFORMANCE.md](PERFORMANCE.md) for the cost of one save: 1.8 ms).
"""


def main():
    build()
    with tempfile.TemporaryDirectory() as folder:
        data = pathlib.Path(folder)
        results = {}

        def work():
            results["start"] = start_up(data / "start")
            results["typing"] = typing(data)

        def room():
            results["cpu"] = cpu(data / "room")

        projector.with_display(work)
        (data / "room").mkdir()
        projector.with_display(room, ROOM_SCREEN)
    text = report(results["start"], results["cpu"], results["typing"])
    if "--print" in sys.argv:
        print(text)
    else:
        (ROOT / "docs" / "SPEED.md").write_text(text, encoding="utf-8")
        print(text)


if __name__ == "__main__":
    main()
