#!/usr/bin/env python3
"""Puts the drawings in this folder into the sample maps that show them.

Each drawing is rasterised with librsvg's rsvg-convert and stored in the map's picture
table as journeymap stores a picture: PNG, named `sha256-` and the hash of its bytes,
base64 in the file. Run from the repository's root after changing a drawing or a sample:

    python3 assets/sample-pictures/embed.py

It is idempotent: pictures are replaced, never added twice, and a picture nothing shows any
more leaves the table.
"""

import base64
import hashlib
import json
import pathlib
import struct
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent.parent / "samples"

# sample file -> {("card" | "persona", id): drawing}
USES = {
    "ikea-visit.json": {
        ("persona", "noor"): "noor",
        ("persona", "erik"): "erik",
        ("card", "c1"): "app-list",
        ("card", "c6"): "room-set",
        ("card", "c22"): "ice-cream",
    },
    "bank-account.json": {
        ("persona", "sanne"): "sanne",
        ("persona", "marco"): "marco",
        ("card", "c12"): "app-list",
    },
}
USES["ikea-bezoek.json"] = USES["ikea-visit.json"]
USES["bankrekening-openen.json"] = USES["bank-account.json"]

NAMES = {
    "noor": "Portrait of Noor, drawn",
    "erik": "Portrait of Erik, drawn",
    "sanne": "Portrait of Sanne, drawn",
    "marco": "Portrait of Marco, drawn",
    "app-list": "A shopping list in an app, drawn",
    "room-set": "A room set with a sofa, drawn",
    "ice-cream": "An ice cream for one euro, drawn",
}


def picture(drawing):
    png = subprocess.run(
        ["rsvg-convert", str(HERE / f"{drawing}.svg")], check=True, capture_output=True
    ).stdout
    width, height = struct.unpack(">II", png[16:24])
    return {
        "id": "sha256-" + hashlib.sha256(png).hexdigest(),
        "media_type": "image/png",
        "width": width,
        "height": height,
        "name": NAMES[drawing],
        "data": base64.b64encode(png).decode("ascii"),
    }


def main():
    cache = {}
    for file, uses in USES.items():
        path = SAMPLES / file
        data = json.loads(path.read_text(encoding="utf-8"))
        table = {}
        for (kind, ident), drawing in uses.items():
            if drawing not in cache:
                cache[drawing] = picture(drawing)
            entry = cache[drawing]
            items = data["personas"] if kind == "persona" else data["cards"]
            item = next(i for i in items if i["id"] == ident)
            item["picture"] = entry["id"]
            table[entry["id"]] = entry
        used = {i.get("picture") for i in data["cards"] + data["personas"]}
        data["pictures"] = [p for p in table.values() if p["id"] in used]
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{file}: {len(data['pictures'])} pictures")


if __name__ == "__main__":
    main()
