package org.lexkit.akn.internal.amending;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.provision.Provision;

/**
 * What the body {@code <mod>} of a modification holds, as the amendment reader collected it.
 *
 * @param prose its text, each quoted text as {@code ⟦qN⟧} and each quoted structure as {@code ⟦sN⟧}
 * @param quotedTextIds the eIds of its quoted texts in order ("" for one without)
 * @param quotedTexts their plain text
 * @param structures the provisions of each quoted structure, in order (empty for one holding only text)
 * @param refs the hrefs of its references, and of the reference its {@code for} names
 * @param intros the introductions of the lists that enclose it, innermost first
 */
public record ModBody(String prose, ImmutableList<String> quotedTextIds, ImmutableList<String> quotedTexts,
    ImmutableList<ImmutableList<Provision>> structures, ImmutableList<String> refs, ImmutableList<String> intros) {}
