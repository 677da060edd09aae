# Writes NNN.expected.json from values read by hand off each seed (see comments); never from parser output.
import json
ROWS=["newlyReceived","carriedIn","granted","partiallyGranted","withheldStateSecret","withheldProhibitedByLaw",
"withheldSecurityStability","withheldThirdPartyRights","withheldInternalAffairs","withheldProcessInformation",
"withheldEnforcementFiles","withheldInquiryMatter","unableNotHeld","unableNeedsCreation","unableStillUnclear",
"notProcessedComplaint","notProcessedDuplicate","notProcessedPublication","notProcessedExcessive",
"notProcessedConfirmation","otherCorrectionOverdue","otherFeeUnpaid","otherHandling","handledTotal","carriedOut"]
COLS=["naturalPerson","commercialEnterprise","researchInstitution","publicInterestOrganization","legalServiceAgency","otherOrganization","total"]
def zeros(): return {r:[0]*7 for r in ROWS}
def review(v): return dict(zip(["upheld","corrected","otherResult","pending","total"],v))
def proactive0(): return {"rules":{"issued":0,"repealed":0,"inForce":0},"normativeDocuments":{"issued":0,"repealed":0,"inForce":0},
  "licensing":{"decisions":0},"penalty":{"decisions":0},"coerciveMeasure":{"decisions":0},"administrativeFees":{"tenThousandYuan":"0"}}
def d(code,sev,line,table=None,row=None,column=None,section=None):
  loc={"line":line}
  if section: loc["section"]=section
  if table: loc["table"]=table
  if row: loc["row"]=row
  if column: loc["column"]=column
  return {"code":code,"severity":sev,"location":loc}
def report(src,organ,year,pub,rows,t4,narr,diags):
  return {"format":"gongkai-annual-report/1","source":src,"organ":organ,"organKind":"township","year":year,"publishedOn":pub,
   "templateEdition":"2021","proactive":proactive0(),"requests":{"columns":COLS,"rows":rows},
   "reconsideration":review(t4[0:5]),"litigationDirect":review(t4[5:10]),"litigationAfterReconsideration":review(t4[10:15]),
   "narrative":narr,"diagnostics":diags}
def narr(total,kinds,req,rec,docs): return {"proactiveItemsTotal":total,"proactiveItemsByKind":kinds,"requestsReceivedStated":req,"reconsiderationsStated":rec,"normativeDocumentsStated":docs}

# 000 普威镇 2025: every 表三 row through （六）1 has 6 numbers for 7 columns, all zero (lines 44-66), so the row
# is zero whichever column was left out; 表四's 行政复议 five cells are blank tabs (line 78): five CELL-MISSING, one
# per blank, none with a suggested value (five unknowns in the one identity 维持+纠正+其他+尚未审结 = 总计).
inferred000=[(44,"newlyReceived"),(45,"carriedIn"),(46,"granted"),(47,"partiallyGranted")]+[(50+i,ROWS[4+i]) for i in range(8)]+\
  [(58+i,ROWS[12+i]) for i in range(3)]+[(61+i,ROWS[15+i]) for i in range(5)]+[(66,"otherCorrectionOverdue")]
diags=[d("CELL-INFERRED","info",l,"三",r) for l,r in inferred000]+[d("CELL-MISSING","warning",78,"四",None,"reconsideration."+c) for c in ("upheld","corrected","otherResult","pending","total")]+[d("NOT-CHECKED","info",78,"四")]
open("000.expected.json","w").write(json.dumps(report("000.txt","米易县普威镇人民政府",2025,"2026-01-15",zeros(),[None]*5+[0]*10,
  narr(45,{"工作动态":27,"通知公告":7,"图片展示":5,"其他信息":6},0,None,{"issued":0,"repealed":0,"inForce":0}),diags),ensure_ascii=False,indent=1))

# 001 高平镇 2025: header lacks 其他 (line 48); rows 55-73 give 5 numbers for the 6 present columns, all zero, and
# （七）总计 is zero in every present column, so they are zero; 2.其他法律法规禁止公开 (line 56); no signature (六 at line 90).
rows=zeros()
for r in ROWS: rows[r][5]=None
diags=[d("T3-MISSING-COLUMN","error",48,"三",None,"otherOrganization"),d("LABEL-DEVIATION","warning",56,"三","withheldProhibitedByLaw")]+\
  [d("CELL-INFERRED","info",55+i,"三",ROWS[4+i]) for i in range(19)]+\
  [d("NOT-CHECKED","info",51,"三"),d("NOT-CHECKED","info",74,"三"),d("NOT-CHECKED","info",74,"三"),
   d("NOT-CHECKED","info",None,None,None,None,"六"),d("SIGNATURE-MISSING","warning",90,None,None,None,"六")]
open("001.expected.json","w").write(json.dumps(report("001.txt","高平镇人民政府",2025,None,rows,[0]*15,
  narr(None,{},0,None,None),diags),ensure_ascii=False,indent=1))

# 002 白坡彝族乡 2024: tables complete and zero; 73 items stated, parts 51+4+2=57 (line 11); “全街道” at line 111.
diags=[d("NARRATIVE-PARTS","info",11,None,None,None,"一"),d("ORGAN-KIND-RESIDUE","warning",111)]
open("002.expected.json","w").write(json.dumps(report("002.txt","米易县白坡彝族乡人民政府",2024,"2025-01-13",zeros(),[0]*15,
  narr(73,{"工作动态":51,"通知公告":4,"图片展示":2},0,None,{"issued":0,"repealed":0,"inForce":None}),diags),ensure_ascii=False,indent=1))

# 003 小铺镇 2025: header lacks 其他 (line 36); 2 requests from natural persons, both “3.其他”; line 61 “2 0 0 0 2”
# has 5 numbers: only 2,0,0,0,0,2 fits (a 2 under 商业企业 or 法律服务机构 would break their zero totals);
# one reconsideration corrected; “全乡” in a 镇 (line 15); no signature (六 at line 78).
rows=zeros()
for r in ROWS: rows[r][5]=None
for r in ["newlyReceived","otherHandling","handledTotal"]:
  rows[r][0]=2; rows[r][6]=2
diags=[d("ORGAN-KIND-RESIDUE","warning",15),d("T3-MISSING-COLUMN","error",36,"三",None,"otherOrganization"),
  d("LABEL-DEVIATION","warning",44,"三","withheldProhibitedByLaw")]+[d("CELL-INFERRED","info",43+i,"三",ROWS[4+i]) for i in range(19)]+\
  [d("NOT-CHECKED","info",39,"三"),d("NOT-CHECKED","info",62,"三"),d("NOT-CHECKED","info",62,"三"),
   d("NOT-CHECKED","info",None,None,None,None,"六"),d("SIGNATURE-MISSING","warning",78,None,None,None,"六")]
open("003.expected.json","w").write(json.dumps(report("003.txt","小铺镇人民政府",2025,None,rows,[0,1,0,0,1]+[0]*10,
  narr(473,{},2,1,None),diags),ensure_ascii=False,indent=1))

# 004 丙谷镇 2024 (PDF text): all zero, complete; 50 = 37 + 13; signed 2025年 1月 15日.
open("004.expected.json","w").write(json.dumps(report("004.txt","米易县丙谷镇人民政府",2024,"2025-01-15",zeros(),[0]*15,
  narr(50,{"工作动态":37,"通知公告":13},0,None,{"issued":0,"repealed":0,"inForce":None}),[]),ensure_ascii=False,indent=1))
