/**
 * 主动公开: items written by an organ's drafters, reviewed along the organ's review chain (the
 * first step records the confidentiality review, 保密审查), published into the portal, withdrawn
 * with a reason. Every action goes to the ledger.
 */
@NullMarked
package cn.gongkai.server.publication;

import org.jspecify.annotations.NullMarked;
