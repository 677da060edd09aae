/**
 * 监督保障: the public channel for complaints and suggestions about disclosure (Art. 51), each answered
 * within a set number of working days and, when the writer agrees, published with its answer.
 */
@NullMarked
package cn.gongkai.server.supervision;

import org.jspecify.annotations.NullMarked;
