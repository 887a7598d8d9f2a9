#!/usr/bin/env python3
# Repairs the repository list of a vyos-build 1.3.4 checkout before ./configure reads it (data/defaults.json):
# - Debian buster left the Debian mirrors for archive.debian.org in 2024: the main and security mirrors point there;
# - repo.saltproject.io was retired: its entry is dropped (vyos-1x's salt-minion dependency then comes from buster);
# - the internal extended-LTS repository of later equuleus heads is dropped, should it be there.
# Prints what it changed, so the build log shows it. Run in the checkout: python3 equuleus-repositories.py
import json
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "data/defaults.json"
DEAD = ("repo.saltproject.io", "local.deb.vyos.io")

with open(PATH) as f:
    defaults = json.load(f)

changes = []
for key, url in (("debian_mirror", "http://archive.debian.org/debian"),
                 ("debian_security_mirror", "http://archive.debian.org/debian-security")):
    if defaults.get(key) != url:
        changes.append(f"{key}: {defaults.get(key)} -> {url}")
        defaults[key] = url
kept = []
for entry in defaults.get("additional_repositories", []):
    if any(host in entry for host in DEAD):
        changes.append(f"dropped repository: {entry}")
    else:
        kept.append(entry)
defaults["additional_repositories"] = kept

with open(PATH, "w") as f:
    json.dump(defaults, f, indent=2)
    f.write("\n")
for c in changes:
    print(f"vyos-lab: {PATH}: {c}")
