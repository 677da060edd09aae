/**
 * Operations: backup and restore of the embedded installation (database, files; the search index is
 * rebuilt from the database), run as ./gongkai backup FILE and ./gongkai restore FILE.
 */
@NullMarked
package cn.gongkai.server.operations;

import org.jspecify.annotations.NullMarked;
