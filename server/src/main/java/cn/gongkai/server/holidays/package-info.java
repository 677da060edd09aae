/**
 * The working-day calendar of the platform: the State Council holiday notices kept in the database,
 * seeded from the notices shipped with Gongkai and updated by the system administrator each year.
 * Every statutory deadline (Art. 26 publication, request replies) counts with it.
 */
@NullMarked
package cn.gongkai.server.holidays;

import org.jspecify.annotations.NullMarked;
