/**
 * 词表: the one loader of UTF-8 word lists and lexicons from the class path ({@link WordList},
 * {@link Lexicon}). Every module's keyword files are read through it.
 */
@NullMarked
package org.jixiao.text.words;

import org.jspecify.annotations.NullMarked;
