/**
 * The hierarchy of a legal text: {@link org.lexkit.core.provision.Provision} trees of sections, chapters, articles,
 * paragraphs and points, their {@link org.lexkit.core.provision.Num numbers} kept verbatim, their running
 * {@link org.lexkit.core.provision.Text text} with inline markup, and the eId-style
 * {@link org.lexkit.core.provision.ProvisionId ids} derived from each provision's path.
 *
 * <p>Trees are persistent values: every change returns a new tree that shares all untouched subtrees with the old
 * one.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core.provision;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
