package cn.gongkai.server.holidays;

/** A year's notice days were replaced. */
record CalendarChanged(int noticeYear) {
}
