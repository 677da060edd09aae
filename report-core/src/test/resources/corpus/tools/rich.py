"""HTML, web-page and DOCX renderings of a figure set, for generate.py (split off to keep files short)."""
import html, zipfile
from generate import ROWS, LABELS, COLS, GROUPS, HEAD, fmt, title, intro, cn_date, t4_numbers

# ---------- HTML with rowspan/colspan ----------
def td(v, **a):
    attrs = "".join(f' {k}="{w}"' for k, w in a.items())
    return f"<td{attrs}>{'&nbsp;' if v in (None, '') else html.escape(str(v))}</td>"

def html_tables(f, blanks=()):
    p = f["proactive"]
    t2 = ("<table border=\"1\"><tr>" + td("第二十条第（一）项", colspan=4) + "</tr><tr>" + td("信息内容") + td("本年制发件数")
          + td("本年废止件数") + td("现行有效件数") + "</tr><tr>" + td("规章") + "".join(td(x) for x in p["rules"]) + "</tr><tr>"
          + td("行政规范性文件") + "".join(td(x) for x in p["normativeDocuments"]) + "</tr><tr>" + td("第二十条第（五）项", colspan=4)
          + "</tr><tr>" + td("信息内容") + td("本年处理决定数量", colspan=3) + "</tr><tr>" + td("行政许可") + td(p["licensing"], colspan=3)
          + "</tr><tr>" + td("第二十条第（六）项", colspan=4) + "</tr><tr>" + td("信息内容") + td("本年处理决定数量", colspan=3)
          + "</tr><tr>" + td("行政处罚") + td(p["penalty"], colspan=3) + "</tr><tr>" + td("行政强制") + td(p["coerciveMeasure"], colspan=3)
          + "</tr><tr>" + td("第二十条第（八）项", colspan=4) + "</tr><tr>" + td("信息内容") + td("本年收费金额（单位：万元）", colspan=3)
          + "</tr><tr>" + td("行政事业性收费") + td(p["administrativeFees"], colspan=3) + "</tr></table>")
    t3 = ["<table border=\"1\"><tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan=3, rowspan=3)
          + td("申请人情况", colspan=7) + "</tr>",
          "<tr>" + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", rowspan=2) + "</tr>",
          "<tr>" + "".join(td(c) for c in COLS[1:6]) + "</tr>"]
    spans = {"三、本年度办理结果": 22, "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
    for r, (g, label) in zip(ROWS, LABELS):
        vals = list(f["t3"][r])
        for (br, bc) in blanks:
            if br == r:
                vals[bc] = None
        cells = ""
        if g is None:
            cells = td(label, colspan=3)
        else:
            if g == "三、本年度办理结果":
                cells += td(g, rowspan=spans[g])
            if r in ("granted", "partiallyGranted", "handledTotal"):
                cells += td(label, colspan=2)
            else:
                if g in spans and g != "三、本年度办理结果":
                    cells += td(g, rowspan=spans[g])
                cells += td(label)
        t3.append("<tr>" + cells + "".join(td(v) for v in vals) + "</tr>")
    t3.append("</table>")
    h = ["结果维持","结果纠正","其他结果","尚未审结","总计"]
    t4 = ("<table border=\"1\"><tr>" + td("行政复议", colspan=5, rowspan=2) + td("行政诉讼", colspan=10) + "</tr><tr>"
          + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5) + "</tr><tr>" + "".join(td(x) for x in h * 3)
          + "</tr><tr>" + "".join(td(n) for n in t4_numbers(f)) + "</tr></table>")
    return t2, "\n".join(t3), t4

def html_body(f, blanks=(), signature_date=True):
    t2, t3, t4 = html_tables(f, blanks)
    ps = lambda xs: "\n".join(f"<p>{html.escape(x)}</p>" for x in xs)
    sig = f"<p style=\"text-align:right\">{html.escape(f['organ'])}</p>"
    if signature_date:
        sig += f"<p style=\"text-align:right\">{cn_date(f['publishedOn'])}</p>"
    return (f"<h1>{html.escape(''.join(title(f)))}</h1>\n<p>{html.escape(intro(f))}</p>\n<h2>{HEAD[0]}</h2>\n{ps(f['overview'])}\n"
            f"<h2>{HEAD[1]}</h2>\n{t2}\n<h2>{HEAD[2]}</h2>\n{t3}\n<h2>{HEAD[3]}</h2>\n{t4}\n<h2>{HEAD[4]}</h2>\n{ps(f['problems'])}\n"
            f"<h2>{HEAD[5]}</h2>\n{ps(f['other'])}\n{sig}\n")

def html_page(f, blanks=(), style=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + html.escape("".join(title(f)))
            + "</title>\n<style>body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:10pt;margin:1.5cm}"
            "table{border-collapse:collapse;font-size:8pt}td{border:1px solid #000;padding:1px 3px}" + style
            + "</style></head>\n<body>\n" + html_body(f, blanks) + "</body></html>\n")

# A print layout as narrow as real ones: the tables squeezed to half the page, so header words and row labels
# wrap over several lines, and the column headers of 表三 set vertically (one character per line).
NARROW = ("body{font-family:'WenQuanYi Zen Hei';font-size:12pt}table{width:55%;font-size:11pt}"
          "td{word-break:break-all}table:nth-of-type(2) tr:nth-child(2) td,table:nth-of-type(2) tr:nth-child(3) td"
          "{writing-mode:vertical-rl}")

def web_page(f, signature_date):
    """A county CMS page: breadcrumb, metadata table, font-size switch, attachments, footer."""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"" + f["publishedOn"]
            + " 09:30\"><title>" + html.escape("".join(title(f))) + "</title></head><body>\n"
            "<div class=\"top\"><a href=\"/\">首页</a> | 无障碍 | 长者模式 | 登录</div>\n"
            "<div class=\"nav\">首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 正文</div>\n"
            "<table class=\"meta\"><tr><td>索引号：</td><td>11530000MB0000000X/2025-00012</td><td>主题分类：</td><td>政务公开</td></tr>"
            f"<tr><td>发布机构：</td><td>{html.escape(f['organ'])}</td><td>发文日期：</td><td>{f['publishedOn']}</td></tr></table>\n"
            f"<div class=\"info\">发布时间：{f['publishedOn']} 09:30　来源：{html.escape(f['organ'])}　浏览次数：1024　字号：[ 大 中 小 ]　【打印】【关闭】</div>\n"
            "<div class=\"article\">\n" + html_body(f, signature_date=signature_date) + "</div>\n"
            "<div class=\"attach\">附件下载：<a href=\"/a.pdf\">" + html.escape("".join(title(f))) + ".pdf</a></div>\n"
            "<div class=\"share\">分享到：微信 微博　【打印本页】【关闭窗口】</div>\n"
            "<div class=\"footer\">主办单位：" + html.escape(f["organ"]) + "　网站标识码：5300000001　滇ICP备00000000号　"
            "联系电话：0871-00000000<br>版权所有 © 2025 技术支持：某某信息技术有限公司</div>\n</body></html>\n")

# ---------- DOCX with merged cells (vMerge / gridSpan), written as raw WordprocessingML ----------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def wp(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:p>"

def wtc(text, span=1, vmerge=None):
    pr = ""
    if span > 1:
        pr += f"<w:gridSpan w:val=\"{span}\"/>"
    if vmerge == "restart":
        pr += "<w:vMerge w:val=\"restart\"/>"
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{wp('' if text is None else str(text))}</w:tc>"

def wtbl(rows, ncols):
    grid = "".join("<w:gridCol w:w=\"800\"/>" for _ in range(ncols))
    return ("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/><w:bottom w:val=\"single\"/><w:insideH w:val=\"single\"/>"
            "<w:insideV w:val=\"single\"/></w:tblBorders></w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>"
            + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")

def docx_body(f, blanks=()):
    p = f["proactive"]
    b = [wp("".join(title(f))), wp(intro(f)), wp(HEAD[0])] + [wp(x) for x in f["overview"]] + [wp(HEAD[1])]
    b.append(wtbl([[wtc("第二十条第（一）项", 4)], [wtc("信息内容"), wtc("本年制发件数"), wtc("本年废止件数"), wtc("现行有效件数")],
                   [wtc("规章")] + [wtc(x) for x in p["rules"]], [wtc("行政规范性文件")] + [wtc(x) for x in p["normativeDocuments"]],
                   [wtc("第二十条第（五）项", 4)], [wtc("信息内容"), wtc("本年处理决定数量", 3)], [wtc("行政许可"), wtc(p["licensing"], 3)],
                   [wtc("第二十条第（六）项", 4)], [wtc("信息内容"), wtc("本年处理决定数量", 3)], [wtc("行政处罚"), wtc(p["penalty"], 3)],
                   [wtc("行政强制"), wtc(p["coerciveMeasure"], 3)], [wtc("第二十条第（八）项", 4)],
                   [wtc("信息内容"), wtc("本年收费金额（单位：万元）", 3)], [wtc("行政事业性收费"), wtc(p["administrativeFees"], 3)]], 4))
    b.append(wp(HEAD[2]))
    rows = [[wtc("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, "restart"), wtc("申请人情况", 7)],
            [wtc(None, 3, "cont"), wtc("自然人", 1, "restart"), wtc("法人或其他组织", 5), wtc("总计", 1, "restart")],
            [wtc(None, 3, "cont"), wtc(None, 1, "cont")] + [wtc(c) for c in COLS[1:6]] + [wtc(None, 1, "cont")]]
    seen = set()
    for r, (g, label) in zip(ROWS, LABELS):
        vals = list(f["t3"][r])
        for (br, bc) in blanks:
            if br == r:
                vals[bc] = None
        cells = []
        if g is None:
            cells.append(wtc(label, 3))
        else:
            cells.append(wtc("三、本年度办理结果" if r == "granted" else None, 1, "restart" if r == "granted" else "cont"))
            if r in ("granted", "partiallyGranted", "handledTotal"):
                cells.append(wtc(label, 2))
            else:
                grp = g if g else None
                key = [k for k in ("（三）不予公开","（四）无法提供","（五）不予处理","（六）其他处理") if LABELS[ROWS.index(r)][0] == k]
                if key:
                    cells.append(wtc(key[0], 1, "restart"))
                else:
                    cells.append(wtc(None, 1, "cont"))
                cells.append(wtc(label))
        rows.append(cells + [wtc(v) for v in vals])
    b.append(wtbl(rows, 10))
    h = ["结果维持","结果纠正","其他结果","尚未审结","总计"]
    b.append(wp(HEAD[3]))
    b.append(wtbl([[wtc("行政复议", 5, "restart"), wtc("行政诉讼", 10)],
                   [wtc(None, 5, "cont"), wtc("未经复议直接起诉", 5), wtc("复议后起诉", 5)],
                   [wtc(x) for x in h * 3], [wtc(n) for n in t4_numbers(f)]], 15))
    b += [wp(HEAD[4])] + [wp(x) for x in f["problems"]] + [wp(HEAD[5])] + [wp(x) for x in f["other"]]
    b += [wp(f["organ"]), wp(cn_date(f["publishedOn"]))]
    return "".join(b)

def write_docx(path, body):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # fixed timestamps so that regenerating gives the same bytes
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, (2026, 12, 1, 0, 0, 0)), data)

