"""Random balanced figure sets (seeded) written in every layout of generate.py, for a run outside the build:

    python3 random_layouts.py N OUT [PDFS]     # N figure sets; PDFs for the first PDFS of them (needs chromium)
    java -jar report-core/target/gongkai-report-core-*.jar check --json OUT > OUT.json
    python3 random_score.py OUT.json OUT.truth.json

The truth is the generated figures themselves (never the checker's output); the score prints stated, right,
unknown and wrong cells per layout. Session 10 ran 60 sets (856 files in 16 layouts): 0 wrong cells. The classes
`perturbed` and `perturbed-one-line` carry the slips of perturb.py (listed per file in OUT.slips.json).
"""
import sys, os, json, random, subprocess, shutil, glob
TOOLS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, TOOLS)
import generate as G
from rich import html_page, web_page, docx_body, write_docx, NARROW
import perturb as P

ORGANS = [("青石县人民政府","青石县"),("青石县白水镇人民政府","白水镇"),("青石县东关街道办事处","东关街道"),("青石县教育和体育局","教育和体育局"),
          ("青石县住房和城乡建设局","住房和城乡建设局"),("青石县红岩彝族乡人民政府","红岩彝族乡"),("临江市自然资源和规划局","临江市自然资源和规划局"),
          ("临江市人民政府办公室","临江市人民政府办公室"),("青石经济技术开发区管理委员会","开发区管委会")]

def small(rng, p0, hi):
    r = rng.random()
    if r < p0: return 0
    if r < 0.97: return rng.randint(1, hi)
    return rng.randint(hi, hi * 40)

def figures(seed):
    rng = random.Random(seed)
    organ, short = rng.choice(ORGANS)
    year = rng.randint(2021, 2025)
    scale = rng.choice([3, 10, 60, 400])
    t3 = {r: [0]*7 for r in G.ROWS}
    outcomes = G.ROWS[2:23]
    for c in range(6):
        p0 = 0.6 if c == 0 else 0.85
        for r in outcomes:
            t3[r][c] = small(rng, p0 + (0.1 if r not in ("granted","partiallyGranted","unableNotHeld") else -0.3), scale)
        handled = sum(t3[r][c] for r in outcomes)
        t3["handledTotal"][c] = handled
        t3["carriedOut"][c] = small(rng, 0.7, max(1, scale // 5))
        t3["carriedIn"][c] = min(small(rng, 0.7, max(1, scale // 5)), handled + t3["carriedOut"][c])
        t3["newlyReceived"][c] = handled + t3["carriedOut"][c] - t3["carriedIn"][c]
    for r in G.ROWS:
        t3[r][6] = sum(t3[r][:6])
    rev = {}
    for g in G.GROUPS:
        v = [small(rng, 0.6, max(1, scale // 10)) for _ in range(4)]
        rev[g] = v + [sum(v)]
    made = rng.randint(0, 30); rep = rng.randint(0, made + 5); inforce = rng.randint(made, made + 300)
    pro = {"rules": [0, 0, rng.randint(0, 3)], "normativeDocuments": [made, rep, inforce], "licensing": rng.randint(0, 20000),
           "penalty": rng.randint(0, 5000), "coerciveMeasure": rng.randint(0, 300),
           "administrativeFees": rng.choice(["0", "0", "1.5", "15.6", "230.42", "0.8"])}
    T = lambda r: t3[r][6]
    total = rng.randint(50, 9000)
    ov = [f"（一）主动公开。{year}年，主动公开政府信息 {total} 条，其中政策文件 {total // 10} 条，工作动态 {total - total // 10} 条。",
          f"（二）依申请公开。全年共收到政府信息公开申请 {T('newlyReceived')} 件，上年结转 {T('carriedIn')} 件，予以公开 {T('granted')} 件，部分公开 {T('partiallyGranted')} 件，"
          f"无法提供 {T('unableNotHeld') + T('unableNeedsCreation') + T('unableStillUnclear')} 件，结转下年度继续办理 {T('carriedOut')} 件。",
          f"（三）政府信息管理。全年制定行政规范性文件 {made} 件，废止 {rep} 件，现行有效 {inforce} 件。",
          "（四）平台建设。完成政府网站集约化迁移，政务新媒体统一管理。",
          f"（五）监督保障。因政府信息公开工作被申请行政复议 {rev['reconsideration'][4]} 件，被提起行政诉讼 {rev['litigationDirect'][4] + rev['litigationAfterReconsideration'][4]} 件。"]
    fee = "本年度未收取信息处理费。" + ("" if pro["administrativeFees"] == "0" else f"表二所列行政事业性收费 {pro['administrativeFees']} 万元为法定收费。")
    return {"id": f"R{seed}", "organ": organ, "shortName": short, "year": year,
            "publishedOn": f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}", "proactive": pro, "t3": t3,
            "requests": t3, "reviews": rev, "overview": ov,
            "problems": ["一是信息公开的及时性有待提高；二是解读形式较为单一。下一步将完善发布审核制度，丰富解读形式。"],
            "other": [fee]}

def main(n, out, pdfs=0):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    truth = {}
    slips = {}
    trad = []
    for s in range(n):
        f = figures(1000 + s)
        rng = random.Random(s)
        blanks = [(rng.choice(G.ROWS[:23]), rng.randint(0, 5))]
        files = {"tab-text.txt": G.text_report(f), "one-line.txt": G.one_line(f), "wrapped.txt": G.wrapped(f, rng.randint(16, 40)),
                 "pipe.md": G.pipe_report(f), "html.html": html_page(f), "crawler.txt": G.crawler_cells(f),
                 "web.html": web_page(f, signature_date=rng.random() < 0.5),
                 "tab-blanks.txt": G.text_report(f, blanks=blanks), "pipe-blanks.md": G.pipe_report(f, blanks=blanks),
                 "html-blanks.html": html_page(f, blanks=blanks)}
        for name, content in files.items():
            p = os.path.join(out, f"{s:04d}-{name}")
            open(p, "w", encoding="utf-8").write(content)
            truth[os.path.basename(p)] = (f, blanks if "blanks" in name else [])
        for name, one in (("perturbed.txt", False), ("perturbed-one-line.txt", True)):
            text, names = P.perturbed(f, random.Random(f"{s}-{name}"), one_line=one)
            p = os.path.join(out, f"{s:04d}-{name}")
            open(p, "w", encoding="utf-8").write(text)
            truth[os.path.basename(p)] = (f, [])
            slips[os.path.basename(p)] = names
        for name, bl in (("docx.docx", []), ("docx-blanks.docx", blanks)):
            p = os.path.join(out, f"{s:04d}-{name}")
            write_docx(p, docx_body(f, blanks=bl))
            truth[os.path.basename(p)] = (f, bl)
        # Traditional TAB text, a capture cut inside 表三, PDFs printed by the browser (normal and squeezed page)
        p = os.path.join(out, f"{s:04d}-trad.txt"); open(p, "w", encoding="utf-8").write(G.text_report(f)); trad.append(p)
        truth[os.path.basename(p)] = (f, [])
        cut = rng.choice(G.ROWS[:24])
        p = os.path.join(out, f"{s:04d}-cut.txt"); open(p, "w", encoding="utf-8").write(G.text_report(f, cut_after=cut))
        truth[os.path.basename(p)] = (f, [], cut)
        if pdfs and s < pdfs:
            for name, style in (("pdf.pdf", ""), ("pdf-narrow.pdf", NARROW)):
                h = os.path.join(out + ".tmp.html"); open(h, "w", encoding="utf-8").write(html_page(f, style=style))
                G.pdf(h, os.path.join(out, f"{s:04d}-{name}")); truth[f"{s:04d}-{name}"] = (f, [])
    if trad:
        G.traditional(trad)
    json.dump({k: {"f": v[0], "blanks": v[1], "cut": v[2] if len(v) > 2 else None} for k, v in truth.items()},
              open(out + ".truth.json", "w"), ensure_ascii=False)
    json.dump(slips, open(out + ".slips.json", "w"), ensure_ascii=False)

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
