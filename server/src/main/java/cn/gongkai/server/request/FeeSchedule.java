package cn.gongkai.server.request;

/**
 * 信息处理费 (国办函〔2020〕109号, Art. 3–5): per request (按件) or per page (按量), each by excess
 * progression, never both for one request. Amounts in yuan. The per-request bands above 30 (“以10件为
 * 一档，每增加一档，收费标准提高100元/件”) are read as 31–40 → 200, 41–50 → 300 (facts §3.5, an
 * unverified reading), so the band size and step are settings.
 */
public record FeeSchedule(int freePieces, int secondTierUpTo, int secondTierPrice, int bandSize, int bandStep,
        int freePages, int pagesTier2UpTo, int pagesTier2Price, int pagesTier3UpTo, int pagesTier3Price,
        int pagesTopPrice) {

    public static final FeeSchedule DEFAULT = new FeeSchedule(10, 30, 100, 10, 100, 30, 100, 10, 200, 20, 40);

    /** 按件: the fee for {@code pieces} more pieces from an applicant who already has {@code before} this month. */
    public long perPiece(int before, int pieces) {
        if (before < 0 || pieces < 0) {
            throw new IllegalArgumentException("件数不能为负数");
        }
        long fee = 0;
        for (int k = before + 1; k <= before + pieces; k++) {
            fee += pricePerPiece(k);
        }
        return fee;
    }

    /** The price of the {@code k}-th piece of a month (1-based). */
    long pricePerPiece(int k) {
        if (k <= freePieces) {
            return 0;
        }
        if (k <= secondTierUpTo) {
            return secondTierPrice;
        }
        return secondTierPrice + (long) bandStep * (1 + (k - secondTierUpTo - 1) / bandSize);
    }

    /** 按量: the fee for {@code pages} pages of one request. */
    public long perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("页数不能为负数");
        }
        long fee = 0;
        fee += (long) Math.max(0, Math.min(pages, pagesTier2UpTo) - freePages) * pagesTier2Price;
        fee += (long) Math.max(0, Math.min(pages, pagesTier3UpTo) - pagesTier2UpTo) * pagesTier3Price;
        fee += (long) Math.max(0, pages - pagesTier3UpTo) * pagesTopPrice;
        return fee;
    }
}
