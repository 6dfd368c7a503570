#!/usr/bin/env python3
"""Imports .apkg files, in order, into one fresh collection with Anki 2.1.16's own importer.

usage: python3 import-apkgs.py ANKI_2_1_16_DIR FILE.apkg [FILE.apkg ...]
ANKI_2_1_16_DIR holds Anki's `anki` package (../shared/reference/anki-2.1.16); it is read, never copied.
Prints one JSON object: for each import, what the importer reported and what the collection then holds (notes,
cards, card states, review log, note types with the `req` Anki computes itself, decks, every card rendered),
then Check Database's verdict. Exit 1 when an import raises.
"""
import copy, json, os, re, sys, tempfile

sys.path.insert(0, os.path.abspath(sys.argv[1]))
from anki import Collection  # noqa: E402
from anki.importing.apkg import AnkiPackageImporter  # noqa: E402

STYLE = re.compile(r"<style>.*?</style>", re.S)


def model_report(col, m):
    recomputed = copy.deepcopy(m)
    col.models._updateRequired(recomputed)
    return {"name": m["name"], "type": m["type"], "req": m.get("req"), "ankiReq": recomputed.get("req"),
            "fields": [f["name"] for f in m["flds"]]}


def snapshot(col):
    cards = []
    for cid in col.db.list("select id from cards order by id"):
        card = col.getCard(cid)
        note = card.note()
        cards.append({"id": cid, "nid": card.nid, "ord": card.ord, "guid": note.guid, "model": note.model()["name"],
                      "type": card.type, "queue": card.queue, "due": card.due, "ivl": card.ivl,
                      "q": STYLE.sub("", card.q()), "a": STYLE.sub("", card.a()), "tags": note.tags})
    return {
        "notes": col.noteCount(), "cards": col.cardCount(),
        "noteIds": col.db.list("select id from notes order by id"),
        "revlog": [list(r) for r in col.db.all("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id")],
        "models": [model_report(col, m) for m in col.models.all() if m["name"].startswith("recollect")],
        "decks": sorted(d["name"] for d in col.decks.all()),
        "rendered": cards,
    }


col = Collection(os.path.join(tempfile.mkdtemp(prefix="anki216-"), "collection.anki2"))
imports = []
for apkg in sys.argv[2:]:
    imp = AnkiPackageImporter(col, apkg)
    imp.run()
    imports.append({"added": imp.added, "updated": getattr(imp, "updated", None), "dupes": imp.dupes,
                    "log": imp.log[:8], **snapshot(col)})
message, ok = col.fixIntegrity()
after = {"notes": col.noteCount(), "cards": col.cardCount()}
col.close()
print(json.dumps({"imports": imports, "integrity": {"ok": ok, "message": message}, "afterCheck": after}))
