/**
 * The extraction record: values shaped exactly like the JSON Lines contract of {@code KEYS.md} (see
 * the project README, "The extraction record"). Depends on nothing else in citegraph.
 */
@NullMarked
package org.citegraph.extractor.model;

import org.jspecify.annotations.NullMarked;
