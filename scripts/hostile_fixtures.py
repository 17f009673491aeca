#!/usr/bin/env python3
"""Writes the broken and extreme session files of tests/fixtures/hostile/ from the bundled
sample. tests/hostile.rs reads them: each file in loads/ must load and round-trip, each file in
refused/ must be refused with a clear message; none may be modified.

  scripts/hostile_fixtures.py
"""

import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = json.loads((ROOT / "sessions" / "sample-q2-2020.json").read_text(encoding="utf-8"))
OUT = ROOT / "tests" / "fixtures" / "hostile"

NOTES = ("why", "content", "self_assessment", "subjective_causes", "objective_causes")


def span(start, end=None, pauses=()):
    return {"started_at": start, "ended_at": end,
            "pauses": [{"from": f, "until": u} for f, u in pauses]}


def held(notes_text="", comment_text="", generalization=""):
    """The sample with one speech (one pause), one comment and a generalization."""
    data = copy.deepcopy(SAMPLE)
    data["live"] = {
        "opened_at": "2020-06-12T14:00:00+07:00",
        "closed_at": None,
        "speeches": [{
            "id": 1, "subtopic": 1, "speaker": 3, "unplanned": False,
            "span": span("2020-06-12T14:01:00+07:00", "2020-06-12T14:07:00+07:00",
                         [("2020-06-12T14:03:00+07:00", "2020-06-12T14:03:30+07:00")]),
            "phase_reached": "on_target",
            "notes": {key: notes_text for key in NOTES},
        }],
        "comments": [{
            "id": 1, "speech": 1, "speaker": 2, "kind": "addition", "text": comment_text,
            "span": span("2020-06-12T14:07:10+07:00", "2020-06-12T14:08:40+07:00"),
        }],
        "generalizations": [{"subtopic": 1, "text": generalization}],
        "flow": {"step": {"step": "discussion", "subtopic": 1}, "queues": [], "hands": [],
                 "current_speech": 1, "current_comment": None},
    }
    return data


def renamed(names):
    data = held()
    for member, name in zip(data["roster"], names):
        member["name"] = name
    return data


def write(folder, name, content):
    path = OUT / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def loads():
    long_text = ("Tự phê bình và phê bình phải thường xuyên, thẳng thắn, chân thành. " * 200)[:10_000]
    write("loads", "notes-of-10000-characters.json", held(long_text, long_text, long_text))

    many = held()
    many["roster"] = [{"id": i, "name": f"Đảng viên số {i}", "position": "Đảng viên"}
                      for i in range(1, 501)]
    many["subtopics"][0]["speakers"] = list(range(1, 501))
    write("loads", "500-members.json", many)

    write("loads", "names-with-emoji.json", renamed([
        "Nguyễn Văn An 👍", "👩‍👩‍👧‍👦 Gia đình", "🇻🇳 Trần Thị Bình", "Lê 🧑🏽‍💻 Cường"]))
    write("loads", "combining-marks.json", renamed([
        "Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng",   # Vietnamese decomposed (NFD)
        "Z\u0351\u0357a\u0310\u0352l\u0311g\u0343o\u0344",  # stacked combining marks
        "\u0301\u0300 lone marks first"]))
    write("loads", "right-to-left-text.json", renamed([
        "محمد عبد الله", "שרה כהן", "Trần \u202eĐảo ngược\u202c Văn", "\u200fRTL mark"]))
    write("loads", "control-characters.json", renamed([
        "Tab\there", "Bell\u0007 and escape\u001b[31m", "Null\u0000byte",
        "Line\nbreak\r\nand\u2028separator"]))


def refused():
    text = json.dumps(held(), ensure_ascii=False, indent=2)
    write("refused", "truncated.json", text[: len(text) // 2].encode("utf-8"))
    write("refused", "empty.json", b"")
    write("refused", "binary-garbage.json", bytes(range(256)) * 4)
    write("refused", "not-utf8.json", text.encode("utf-16"))
    write("refused", "deeply-nested.json", b"[" * 100_000 + b"]" * 100_000)

    wrong = held()
    wrong["roster"][0]["name"] = 42
    write("refused", "wrong-types.json", wrong)
    wrong = held()
    wrong["timing"]["hard_limit_secs"] = "mười phút"
    write("refused", "wrong-type-of-timing.json", wrong)
    wrong = held()
    wrong["roster"][0]["id"] = 99_999_999_999
    write("refused", "id-too-large.json", wrong)

    duplicate = held()
    duplicate["roster"][1]["id"] = duplicate["roster"][0]["id"]
    write("refused", "duplicate-member-ids.json", duplicate)
    duplicate = held()
    duplicate["live"]["speeches"].append(copy.deepcopy(duplicate["live"]["speeches"][0]))
    write("refused", "duplicate-speech-ids.json", duplicate)

    backwards = held()
    backwards["live"]["speeches"][0]["span"] = span(
        "2020-06-12T14:10:00+07:00", "2020-06-12T14:05:00+07:00")
    write("refused", "speech-ends-before-it-starts.json", backwards)
    backwards = held()
    backwards["live"]["speeches"][0]["span"]["pauses"] = [
        {"from": "2020-06-12T14:04:00+07:00", "until": "2020-06-12T14:03:00+07:00"}]
    write("refused", "pause-goes-backwards.json", backwards)
    backwards = held()
    backwards["live"]["comments"][0]["span"] = span(
        "2020-06-12T14:08:00+07:00", None, [("2020-06-12T13:00:00+07:00", None)])
    write("refused", "comment-paused-before-it-started.json", backwards)

    impossible = held()
    impossible["timing"]["target_min_secs"] = 900
    write("refused", "impossible-timing.json", impossible)
    dangling = held()
    dangling["live"]["comments"][0]["speech"] = 77
    write("refused", "comment-on-a-missing-speech.json", dangling)


if __name__ == "__main__":
    loads()
    refused()
    for path in sorted(OUT.rglob("*.json")):
        print(path.relative_to(ROOT), path.stat().st_size)
