"""Scores a check --json run of random_layouts.py against its truth file (see random_layouts.py)."""
import json, sys, os, collections
truth = json.load(open(sys.argv[2]))
G = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"]
RC = ["upheld", "corrected", "otherResult", "pending", "total"]
ROWS = None
stats = collections.defaultdict(lambda: collections.Counter())
problems = []
for line in open(sys.argv[1]):
    d = json.loads(line)
    name = os.path.basename(d["source"])
    t = truth[name]; f = t["f"]; blanks = {(r, c) for r, c in t["blanks"]}
    layout = name.split("-", 1)[1].rsplit(".", 1)[0]
    s = stats[layout]
    s["files"] += 1
    def cell(where, exp, got):
        if exp is None:
            if got is None: s["blank-ok"] += 1
            else: s["wrong"] += 1; problems.append((name, where, exp, got))
            return
        s["stated"] += 1
        if got is None: s["unknown"] += 1; problems.append((name, where, exp, got, "unknown"))
        elif str(got) == str(exp): s["right"] += 1
        else: s["wrong"] += 1; problems.append((name, where, exp, got))
    rows = d["requests"]["rows"]
    cut = t.get("cut"); after = False
    if cut:
        if d.get("completeness") != "incomplete": s["cut-not-incomplete"] += 1; problems.append((name, "not incomplete"))
    for r, vals in f["t3"].items():
        for c in range(7):
            exp = None if (r, c) in blanks or after else vals[c]
            got = rows.get(r, [None] * 7)[c] if rows.get(r) else None
            cell(f"t3 {r}[{c}]", exp, got)
        if r == cut: after = True
    for g in G:
        for i, k in enumerate(RC):
            cell(f"t4 {g}.{k}", None if cut else f["reviews"][g][i], (d.get(g) or {}).get(k))
    p = f["proactive"]; q = d["proactive"]
    for i, k in enumerate(["issued", "repealed", "inForce"]):
        cell(f"t2 normative.{k}", p["normativeDocuments"][i], q["normativeDocuments"].get(k))
        cell(f"t2 rules.{k}", p["rules"][i], q["rules"].get(k))
    cell("t2 licensing", p["licensing"], q["licensing"].get("decisions"))
    cell("t2 penalty", p["penalty"], q["penalty"].get("decisions"))
    cell("t2 coercive", p["coerciveMeasure"], q["coerciveMeasure"].get("decisions"))
    cell("t2 fees", p["administrativeFees"], q["administrativeFees"].get("tenThousandYuan"))
    for k in ["organ", "year"] + ([] if cut else ["publishedOn"]):
        if str(d.get(k)) == str(f[k]): s["meta-ok"] += 1
        else: s["meta-bad"] += 1; problems.append((name, k, f[k], d.get(k)))
    for x in d["diagnostics"]:
        if x["severity"] == "error":
            s["errors"] += 1; problems.append((name, "ERROR " + x["code"], x["message"][:160]))
        if x["code"] == "CELL-INFERRED" and "blanks" in name:
            s["inferred-in-blanks"] += 1
print(f"{'layout':14} files stated right unknown wrong  meta-bad errors")
tot = collections.Counter()
for k in sorted(stats):
    s = stats[k]; tot.update(s)
    print(f"{k:14} {s['files']:5} {s['stated']:6} {s['right']:5} {s['unknown']:7} {s['wrong']:5} {s['meta-bad']:9} {s['errors']:6}")
print(f"{'ALL':14} {tot['files']:5} {tot['stated']:6} {tot['right']:5} {tot['unknown']:7} {tot['wrong']:5} {tot['meta-bad']:9} {tot['errors']:6}")
json.dump(problems, open(sys.argv[1] + ".problems.json", "w"), ensure_ascii=False, indent=0)
