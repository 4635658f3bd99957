/**
 * Akoma Ntoso test documents as plain strings and streams (test support, no dependency on akn-io): small valid
 * documents ({@link org.lexkit.testing.akn.Akn}), hostile ones ({@link org.lexkit.testing.akn.HostileXml}: external
 * entities, entity expansion, deep nesting, huge attributes), documents that never end
 * ({@link org.lexkit.testing.akn.EndlessDocumentStream}), and a loopback server that counts the requests a reader
 * must never make ({@link org.lexkit.testing.akn.LoopbackServer}). Shared by akn-io's and the CLI's hostile suites.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.testing.akn;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
