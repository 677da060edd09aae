"""The slips real report pages show (issue 12's failure classes 2, 6 and 8, and what session 11's probes met), applied
at random to a generated report's text by random_layouts.py (class `perturbed`, `perturbed-one-line`). Each slip
keeps every figure as written, so the generated figures stay the truth: a cell read differently is a wrong reading.

    heading-typo     one character of a section title wrong, missing or doubled (二、主动公开政府信患情况)
    heading-wrap     a section heading broken over two lines
    heading-runin    section 一's heading run into the opening sentence before it or its first paragraph
    bracket          （一）主动公开 written 一）主动公开 in section 一
    label-space      a stray space inside a 表三 row label (本年新 收…)
    fullwidth        the narrative's numbers in full-width digits
    chrome           a CMS page around the report: breadcrumb, 发布时间/来源/字号 line, 打印/关闭 footer
    blank-lines      blank lines dropped or doubled
"""
import random

import generate as G

LOOKALIKE = {"息": "患", "公": "工", "情": "清", "况": "兄", "开": "并", "处": "外", "理": "里", "请": "情", "题": "提",
             "进": "近", "报": "服", "告": "吿", "事": "是", "项": "顶", "行": "形", "政": "证", "复": "夏", "诉": "斥"}


def _heading_typo(lines, rng):
    i = _pick(lines, rng, lambda l: l in G.HEAD[1:])
    if i is None:
        return
    head = lines[i]
    at = rng.randint(3, len(head) - 2)  # never the numeral, its separator or the title's first character
    kind = rng.choice(["wrong", "missing", "extra"])
    if kind == "wrong":
        c = head[at]
        lines[i] = head[:at] + LOOKALIKE.get(c, "的") + head[at + 1:]
    elif kind == "missing":
        lines[i] = head[:at] + head[at + 1:]
    else:
        lines[i] = head[:at] + head[at] + head[at:]


def _heading_wrap(lines, rng):
    i = _pick(lines, rng, lambda l: l in G.HEAD and len(l) > 10)
    if i is not None:
        at = rng.randint(6, len(lines[i]) - 3)
        lines[i:i + 1] = [lines[i][:at], lines[i][at:]]


def _heading_runin(lines, rng):
    i = _pick(lines, rng, lambda l: l == G.HEAD[0])
    if i is None:
        return
    if rng.random() < 0.5:  # onto the paragraph after it
        j = next(k for k in range(i + 1, len(lines)) if lines[k].strip())
        lines[i:j + 1] = [lines[i] + " " + lines[j]]
    else:  # after the opening sentence
        j = max(k for k in range(i) if lines[k].strip())
        lines[j:i + 1] = [lines[j] + " " + lines[i]]


def _bracket(lines, rng):
    for i, l in enumerate(lines):
        if l.startswith("（") and l[2:3] == "）" and "。" in l[:12]:
            lines[i] = l[1:]


def _label_space(lines, rng):
    i = _pick(lines, rng, lambda l: any(l.lstrip("\t").startswith(lab) and len(lab) > 8 for _, lab in G.LABELS))
    if i is not None:
        l = lines[i]
        at = rng.randint(3, 7)
        lines[i] = l[:at] + " " + l[at:]


def _fullwidth(lines, rng):
    table = str.maketrans("0123456789", "０１２３４５６７８９")
    for i, l in enumerate(lines):
        if l.startswith("（") and "。" in l and "\t" not in l:
            lines[i] = l.translate(table)


def _chrome(lines, rng, f):
    date = f["publishedOn"]
    head = ["首页 > 政务公开 > 政府信息公开年报", lines[0] + lines[1] if rng.random() < 0.5 else lines[1],
            f"发布时间：{date} 10:{rng.randint(10, 59)}  来源：{f['organ']}  字号：[ 大 中 小 ]", ""]
    lines[0:0] = head
    lines += ["", "【打印本页】【关闭窗口】", "上一篇：" + f["organ"] + f"{f['year'] - 1}年政府信息公开工作年度报告",
              "主办单位：" + f["organ"] + "  网站标识码：5101000001  ICP备05001234号"]


def _blank_lines(lines, rng):
    if rng.random() < 0.5:
        lines[:] = [l for l in lines if l.strip()]
    else:
        lines[:] = sum([[l, ""] if not l.strip() else [l] for l in lines], [])


def _pick(lines, rng, test):
    found = [i for i, l in enumerate(lines) if test(l)]
    return rng.choice(found) if found else None


SLIPS = {"heading-typo": _heading_typo, "heading-wrap": _heading_wrap, "heading-runin": _heading_runin,
         "bracket": _bracket, "label-space": _label_space, "fullwidth": _fullwidth, "blank-lines": _blank_lines}


def perturbed(f, rng, one_line=False):
    """The TAB report (or, one_line, the same run together) with two to four slips; returns (text, slips)."""
    lines = G.text_report(f).split("\n")
    names = rng.sample(sorted(SLIPS), rng.randint(2, 4))
    for name in names:
        SLIPS[name](lines, rng)
    if not one_line and rng.random() < 0.5:
        _chrome(lines, rng, f)
        names.append("chrome")
    if one_line:
        return "".join(l.replace("\t", "") for l in lines) + "\n", names
    return "\n".join(lines) + "\n", names
